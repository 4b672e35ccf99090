using Waymark.Data.Measures;
using Waymark.Indicators;

namespace Waymark.Data.Exports;

/// <summary>
/// The <c>indicators</c> export: one row per indicator with the columns of <c>indicators.csv</c> in the words its
/// import reads, so that the CSV imports again unchanged, followed by <c>year_type</c> and the definition's
/// <c>version</c> (which the import ignores).
/// </summary>
public static class IndicatorExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("code", 12), new("title", 60), new("unit", 16), new("polarity"), new("frequency"), new("aggregation", 13),
        new("tolerance"), new("decimals"), new("year_type", 11), new("version"),
    ];

    /// <summary>The table of the <paramref name="indicators"/> chosen.</summary>
    public static ExportTable Create(IndicatorSelection indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new ExportTable("indicators", Columns, indicators.Indicators.Select(Cells).ToAsyncEnumerable());
    }

    private static IReadOnlyList<ExportCell> Cells(Indicator indicator) =>
    [
        ExportCell.FromText(indicator.Code),
        ExportCell.FromText(indicator.Title),
        ExportCell.FromText(indicator.Unit.ToCode()),
        ExportCell.FromText(indicator.Polarity.ToCode()),
        ExportCell.FromText(indicator.Frequency.ToCode()),
        ExportCell.FromText(indicator.Aggregation.ToCode()),
        ExportCell.FromText(indicator.Tolerance),
        ExportCell.FromNumber(indicator.Decimals, 0),
        ExportCell.FromText(indicator.YearType.ToCode()),
        ExportCell.FromNumber(indicator.Version, 0),
    ];
}
