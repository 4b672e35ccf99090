using Waymark.Data.Breakdowns;
using Waymark.Gaps;

namespace Waymark.Data.Exports;

/// <summary>
/// The figures of <c>waymark gaps</c>: one row per group and comparison, each group's value, the value it is compared
/// with, the gap, the gap a year earlier and its direction, by the rules of <see cref="GapRules"/>; numbers at the
/// measure's decimals; a suppressed figure as <c>c</c> and a gap made from one left empty.
/// </summary>
public static class GapExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("measure", 20), new("period", 10), new("area", 8), new("dimension", 18), new("group", 14), new("value"),
        new("compared_with", 14), new("compared_value", 16), new("gap"), new("previous_gap", 14), new("gap_direction", 16),
    ];

    /// <summary>The table of every gap in <paramref name="gaps"/>.</summary>
    public static ExportTable Create(StoredGaps gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        int decimals = gaps.Measure.Definition.Decimals;
        var rows = new List<IReadOnlyList<ExportCell>>();
        foreach ((BreakdownDimension dimension, IReadOnlyList<GroupGap> groupGaps) in gaps.Dimensions)
        {
            foreach (GroupGap gap in groupGaps)
            {
                rows.Add(
                [
                    ExportCell.FromText(gaps.Measure.Code),
                    ExportCell.FromText(gaps.Period.ToString()),
                    ExportCell.FromText(gaps.Area.Code),
                    ExportCell.FromText(dimension.Code),
                    ExportCell.FromText(gap.Group),
                    Figure(gap.Value, decimals),
                    ExportCell.FromText(gap.ComparedWith.ToCode()),
                    Figure(gap.ComparedValue, decimals),
                    ExportCell.FromNumber(gap.Gap, decimals),
                    ExportCell.FromNumber(gap.PreviousGap, decimals),
                    ExportCell.FromText(gap.Direction.ToCode()),
                ]);
            }
        }

        return new ExportTable("gaps", Columns, rows.ToAsyncEnumerable());
    }

    private static ExportCell Figure(GroupFigure figure, int decimals) => figure.State switch
    {
        GroupFigureState.Suppressed => ExportCell.FromText("c"),
        GroupFigureState.Withheld => ExportCell.FromText("withheld"),
        _ => ExportCell.FromNumber(figure.Value, decimals),
    };
}
