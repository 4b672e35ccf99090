using CsCheck;
using Waymark.Disclosure;

namespace Waymark.Domain.Tests.Disclosure;

public class SmallNumberPropertyTests
{
    private static readonly Gen<(long[][] Counts, bool RowTotals, bool ColumnTotals, int Threshold)> RandomTables =
        from rows in Gen.Int[1, 6]
        from columns in Gen.Int[1, 6]
        from counts in Gen.Frequency((2, Gen.Long[0, 0]), (3, Gen.Long[1, 10]), (3, Gen.Long[11, 60])).Array[columns].Array[rows]
        from rowTotals in Gen.Bool
        from columnTotals in Gen.Bool
        from threshold in Gen.Int[1, 10]
        select (counts, rowTotals, columnTotals, threshold);

    [Fact]
    public void Suppress_RandomTables_NoSuppressedFigureIsOneSubtractionAwayAndNoSmallCountIsShown()
    {
        RandomTables.Sample(t =>
        {
            int rows = t.Counts.Length;
            int columns = t.Counts[0].Length;
            long?[] rowTotals = [.. t.Counts.Select(r => t.RowTotals ? r.Sum() : (long?)null)];
            long?[] columnTotals = [.. Enumerable.Range(0, columns).Select(c => t.ColumnTotals ? t.Counts.Sum(r => r[c]) : (long?)null)];
            var table = new DisclosureTable([.. t.Counts.Select(r => (IReadOnlyList<DisclosureCell>)[.. r.Select(DisclosureCell.OfCount)])], rowTotals, columnTotals);
            var threshold = SmallNumberThreshold.Of(t.Threshold);

            TableDisclosure decided = SmallNumberRules.Suppress(table, threshold);

            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    Assert.False(threshold.Hides(t.Counts[r][c]) && !decided[r, c].Suppressed, $"a count of {t.Counts[r][c]} is shown at {r},{c}");
                    Assert.False(t.Counts[r][c] == 0 && decided[r, c].Suppressed, $"a zero is suppressed at {r},{c}");
                }

                if (rowTotals[r] is { } total)
                {
                    Assert.False(threshold.Hides(total) && !decided.RowTotals[r].Suppressed, $"row {r}'s total of {total} is shown");
                    int hidden = Enumerable.Range(0, columns).Count(c => decided[r, c].Suppressed) + (decided.RowTotals[r].Suppressed ? 1 : 0);
                    Assert.True(hidden != 1, $"row {r} has one suppressed figure, which its total gives away");
                }
            }

            for (int c = 0; c < columns; c++)
            {
                if (columnTotals[c] is { } total)
                {
                    Assert.False(threshold.Hides(total) && !decided.ColumnTotals[c].Suppressed, $"column {c}'s total of {total} is shown");
                    int hidden = Enumerable.Range(0, rows).Count(r => decided[r, c].Suppressed) + (decided.ColumnTotals[c].Suppressed ? 1 : 0);
                    Assert.True(hidden != 1, $"column {c} has one suppressed figure, which its total gives away");
                }
            }
        });
    }
}
