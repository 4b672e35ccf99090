using Waymark.Data.Files;
using Waymark.Data.Measures;

namespace Waymark.Data.Exports;

/// <summary>
/// The <c>indicators</c> export: one row per indicator with the columns of <c>indicators.csv</c> in the words its
/// import reads, so that the CSV imports again unchanged, followed by <c>year_type</c> and the definition's
/// <c>version</c> (which the import ignores).
/// </summary>
public static class IndicatorExport
{
    /// <summary>The columns, in order: those of <see cref="IndicatorColumn.All"/>.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } = [.. IndicatorColumn.All.Select(c => c.Export)];

    /// <summary>The table of the <paramref name="indicators"/> chosen.</summary>
    public static ExportTable Create(IndicatorSelection indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new ExportTable("indicators", Columns, indicators.Indicators.Select(Cells).ToAsyncEnumerable());
    }

    private static IReadOnlyList<ExportCell> Cells(Indicator indicator) => [.. IndicatorColumn.All.Select(c => c.Write(indicator))];
}
