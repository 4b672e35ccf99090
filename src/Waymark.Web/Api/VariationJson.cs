using Waymark.Variation;

namespace Waymark.Web.Api;

/// <summary>What an indicator's XmR chart says about its latest point: its variation and assurance icons.</summary>
/// <param name="Variation">The variation icon of the latest point.</param>
/// <param name="Assurance">The assurance icon of the target against the latest limits.</param>
public sealed record VariationJson(IconJson Variation, IconJson Assurance)
{
    /// <summary>The icons of <paramref name="chart"/>, with their codes and words.</summary>
    public static VariationJson From(XmrChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new VariationJson(
            new IconJson(chart.Variation.ToCode(), chart.Variation.ToLabel(), VariationText.Variation(chart), chart.VariationNotShown?.ToCode()),
            new IconJson(chart.Assurance.ToCode(), chart.Assurance.ToLabel(), VariationText.Assurance(chart), chart.AssuranceNotShown?.ToCode()));
    }
}
