using Waymark.Assessments;

namespace Waymark.Domain.Tests.Assessments;

public class CategoryRuleTests
{
    private static readonly AssessmentFramework Framework = new(
        "CPA",
        "2007",
        [],
        [
            Rule("4 star", "Corporate Assessment at least 3", "no block below 2", "3 blocks at least 3"),
            Rule("3 star", "Corporate Assessment at least 2", "no block below 2"),
            Rule("2 star", "2 blocks at least 2"),
            Rule("1 star"),
        ],
        0.5m);

    [Theory]
    [InlineData(3, 2, 3, 3, "4 star")]
    [InlineData(2, 3, 3, 3, "3 star")] // corporate assessment one short of 3
    [InlineData(3, 1, 3, 3, "2 star")] // one block below 2
    [InlineData(3, 2, 2, 3, "3 star")] // only two blocks at 3 or more
    [InlineData(1, 1, 2, 1, "1 star")] // only one block at 2 or more
    [InlineData(1, 1, 2, 2, "2 star")]
    public void Category_FirstRuleThatHolds_GivesTheCategory(int corporate, int culture, int housing, int children, string expected)
    {
        Dictionary<string, int?> scores = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Corporate Assessment"] = corporate,
            ["Culture"] = culture,
            ["Housing"] = housing,
            ["Children & Young People"] = children,
        };

        Assert.Equal(expected, Framework.Category(scores));
    }

    [Fact]
    public void Category_BlockWithoutScore_FailsNoBlockBelow()
    {
        Dictionary<string, int?> scores = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Corporate Assessment"] = 4,
            ["Culture"] = null,
            ["Housing"] = 4,
            ["Children & Young People"] = 4,
        };

        Assert.Equal("2 star", Framework.Category(scores));
    }

    [Theory]
    [InlineData("Corporate Assessment at least 3", "Corporate Assessment at least 3")]
    [InlineData("  NO BLOCK BELOW 2 ", "no block below 2")]
    [InlineData("1 block at least 4", "1 blocks at least 4")]
    public void TryParse_WrittenCondition_ReadsBack(string text, string shown)
    {
        Assert.True(CategoryCondition.TryParse(text, out CategoryCondition? condition, out _));
        Assert.Equal(shown, condition!.ToString());
    }

    [Fact]
    public void TryParse_Nonsense_SaysWhatToWrite()
    {
        Assert.False(CategoryCondition.TryParse("mostly good", out _, out string? problem));
        Assert.Equal("\"mostly good\" is not a condition: write \"BLOCK at least N\", \"no block below N\" or \"N blocks at least M\"", problem);
    }

    private static CategoryRule Rule(string category, params string[] conditions) =>
        new(category, [.. conditions.Select(c => CategoryCondition.TryParse(c, out CategoryCondition? parsed, out _) ? parsed! : throw new ArgumentException(c))]);
}
