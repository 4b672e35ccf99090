using Waymark.Disclosure;

namespace Waymark.Domain.Tests.Disclosure;

public class SmallNumberRulesTests
{
    public static TheoryData<string, int, string, string> Tables => new()
    {
        {
            "a row with one small count and a total: the next smallest is suppressed too",
            5,
            " 3 12 20 | 35",
            " c  c 20 | 35"
        },
        {
            "without a total nothing can be subtracted, so only the small count is suppressed",
            5,
            " 3 12 20",
            " c 12 20"
        },
        {
            "a zero beside a suppressed count is shown and is not the next smallest",
            5,
            " 0  4  9 | 13",
            " 0  c  c | 13"
        },
        {
            "zero is never suppressed, and a row of zeros needs nothing",
            5,
            " 0  0  0 | 0",
            " 0  0  0 | 0"
        },
        {
            "of equal next smallest counts the first is suppressed",
            5,
            " 3  8  8 | 19",
            " c  c  8 | 19"
        },
        {
            "a column with one small count and a total",
            5,
            """
             2
            10
            14
            = 26
            """,
            """
            c
            c
            14
            = 26
            """
        },
        {
            "a small total is suppressed with the small counts it is made of",
            5,
            " 0  3  0 | 3",
            " 0  c  0 | c"
        },
        {
            "when only zeros are left to suppress, the total is suppressed instead",
            5,
            " 4  0 | 9",
            " c  0 | c"
        },
        {
            "primary suppression alone lets a reader subtract: rows, then columns, until no line has one hidden figure",
            5,
            """
             3  8 10 | 21
             7  6 12 | 25
             9 11 15 | 35
            = 19 25 37
            """,
            """
            c c 10 | 21
            c c 12 | 25
            9 11 15 | 35
            = 19 25 37
            """
        },
        {
            "a secondary suppression in a row leaves its column with one hidden figure, which is protected in turn",
            5,
            """
             2 20 30 | 52
            10 11 12 | 33
            = 12 31 42
            """,
            """
            c c 30 | 52
            c c 12 | 33
            = 12 31 42
            """
        },
        {
            "two small counts in a row protect each other",
            5,
            " 1  5 40 | 46",
            " c  c 40 | 46"
        },
        {
            "a threshold of 10 suppresses 6 and 10 but not 11",
            10,
            " 6 10 11 25 | 52",
            " c  c 11 25 | 52"
        },
        {
            "a threshold of 10 with one count of 10 or fewer protects it with the next smallest",
            10,
            " 6 11 30 | 47",
            " c  c 30 | 47"
        },
        {
            "the default threshold shows 6",
            5,
            " 6 11 30 | 47",
            " 6 11 30 | 47"
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Suppress_Table_ShowsTheExpectedCells(string why, int threshold, string table, string shown)
    {
        Assert.NotEmpty(why);

        Assert.Equal(Grid.Layout(shown), Grid.Show(table, SmallNumberThreshold.Of(threshold)));
    }

    [Fact]
    public void Suppress_RatesOfSuppressedCounts_AreSuppressedWithTheirReason()
    {
        // Counts of young people with a percentage of each group's cohort, and the counts' total.
        DisclosureTable table = new(
            [
                [DisclosureCell.OfCount(3), DisclosureCell.OfRatio(3, 50, numeratorCell: new(0, 0))],
                [DisclosureCell.OfCount(12), DisclosureCell.OfRatio(12, 60, numeratorCell: new(1, 0))],
                [DisclosureCell.OfCount(30), DisclosureCell.OfRatio(30, 90, numeratorCell: new(2, 0))],
                [DisclosureCell.OfCount(0), DisclosureCell.OfRatio(0, 40, numeratorCell: new(3, 0))],
                [DisclosureCell.OfCount(0), DisclosureCell.OfRatio(0, 4, numeratorCell: new(4, 0))],
            ],
            columnTotals: [45, null]);

        TableDisclosure decided = SmallNumberRules.Suppress(table, SmallNumberThreshold.Default);

        string[] reasons = [.. decided.Cells.SelectMany(r => r).Select(c => c.Reason is { } why ? DisclosureText.Reason(why, SmallNumberThreshold.Default) : "shown")];
        Assert.Equal(
            [
                "suppressed: a count of 5 or fewer", "suppressed: worked out from a count of 5 or fewer or another suppressed figure",
                "suppressed so that another suppressed figure cannot be worked out", "suppressed: worked out from a count of 5 or fewer or another suppressed figure",
                "shown", "shown",
                "shown", "shown",
                "shown", "suppressed: worked out from a count of 5 or fewer or another suppressed figure",
            ],
            reasons);
        Assert.False(decided.ColumnTotals[0].Suppressed);
    }

    [Fact]
    public void Suppress_RateWithASmallNumeratorNotInTheTable_IsSuppressed()
    {
        DisclosureTable table = new([[DisclosureCell.OfRatio(2, 400), DisclosureCell.OfRatio(40, 400), DisclosureCell.Other]]);

        TableDisclosure decided = SmallNumberRules.Suppress(table, SmallNumberThreshold.Default);

        Assert.Equal([SuppressionReason.FromSuppressedCount, null, null], decided.Cells[0].Select(c => c.Reason));
    }

    [Theory]
    [InlineData("5", true, 5)]
    [InlineData(" 10 ", true, 10)]
    [InlineData("1", true, 1)]
    [InlineData("100", true, 100)]
    [InlineData("0", false, 5)]
    [InlineData("101", false, 5)]
    [InlineData("-3", false, 5)]
    [InlineData("5.5", false, 5)]
    [InlineData("", false, 5)]
    [InlineData(null, false, 5)]
    public void TryParse_WholeNumbersFrom1To100(string? text, bool ok, int value)
    {
        Assert.Equal(ok, SmallNumberThreshold.TryParse(text, out SmallNumberThreshold threshold));
        Assert.Equal(value, threshold.Value);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Hides_CountsFrom1ToTheThreshold(long count, bool hidden) =>
        Assert.Equal(hidden, SmallNumberThreshold.Default.Hides(count));

    [Fact]
    public void Reason_SaysTheThreshold() =>
        Assert.Equal("suppressed: a count of 10 or fewer", DisclosureText.Reason(SuppressionReason.SmallCount, SmallNumberThreshold.Of(10)));
}
