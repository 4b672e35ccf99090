using Waymark.Data.Exports;
using Waymark.Indicators;
using Waymark.Variation;

namespace Waymark.Cli.Spc;

/// <summary>
/// The documented columns of <c>waymark spc</c>'s csv and json output: one row per period; the icons, which are the
/// latest point's, on the last row only. Values and moving ranges at the indicator's decimals, the mean, limits and
/// lines at one decimal more; empty where a run chart has none.
/// </summary>
internal static class SpcExport
{
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("indicator"), new("period"), new("value"), new("moving_range"), new("mean"), new("lower_limit"), new("upper_limit"),
        new("lower_two_sigma"), new("upper_two_sigma"), new("rules"), new("variation"), new("description", 60),
        new("variation_icon"), new("assurance_icon"),
    ];

    public static ExportTable Create(IndicatorDefinition indicator, XmrChart chart) =>
        new("spc", Columns, chart.Points.Select((p, i) => Cells(indicator, chart, p, i == chart.Points.Count - 1)).ToAsyncEnumerable());

    private static IReadOnlyList<ExportCell> Cells(IndicatorDefinition indicator, XmrChart chart, XmrPoint p, bool latest)
    {
        int lines = Math.Min(indicator.Decimals + 1, IndicatorDefinition.MaxDecimals);
        return
        [
            ExportCell.FromText(indicator.Code),
            ExportCell.FromText(p.Period.ToString()),
            ExportCell.FromNumber(p.Value, indicator.Decimals),
            ExportCell.FromNumber(p.MovingRange, indicator.Decimals),
            ExportCell.FromNumber(p.Limits?.Mean, lines),
            ExportCell.FromNumber(p.Limits?.Lower, lines),
            ExportCell.FromNumber(p.Limits?.Upper, lines),
            ExportCell.FromNumber(p.Limits?.LowerTwoSigma, lines),
            ExportCell.FromNumber(p.Limits?.UpperTwoSigma, lines),
            ExportCell.FromText(string.Join(';', p.Causes.Select(c => c.Rule.ToCode()).Distinct())),
            ExportCell.FromText(p.Judgement.ToCode()),
            ExportCell.FromText(VariationText.Describe(p)),
            ExportCell.FromText(latest ? chart.Variation.ToCode() : null),
            ExportCell.FromText(latest ? chart.Assurance.ToCode() : null),
        ];
    }
}
