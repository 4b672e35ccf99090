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

    private static IReadOnlyList<ExportCell> Cells(Indicator indicator) => Cells(indicator.Code, indicator.Definition, indicator.Version);

    private static IReadOnlyList<ExportCell> Cells(string code, StoredDefinition d, int version) =>
    [
        ExportCell.FromText(code),
        ExportCell.FromText(d.Title),
        ExportCell.FromText(d.Unit.ToCode()),
        ExportCell.FromText(d.Polarity.ToCode()),
        ExportCell.FromText(d.Frequency.ToCode()),
        ExportCell.FromText(d.Aggregation.ToCode()),
        ExportCell.FromText(d.Tolerance.ToString()),
        ExportCell.FromNumber(d.Decimals, 0),
        ExportCell.FromText(d.YearType.ToCode()),
        ExportCell.FromNumber(version, 0),
    ];
}
