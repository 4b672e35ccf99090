using System.Net;

using Microsoft.AspNetCore.Html;

using Waymark.Variation;

namespace Waymark.Web.Performance;

/// <summary>
/// The variation and assurance icons of a list, drawn as small SVG images whose accessible name is the icon's label
/// ("Special cause concern: significantly lower"): a circle in the icon's colour with an arrow up or down for a special
/// cause, a level line for common cause, a tick, a cross or a wave for assurance, and a hollow circle when there is none.
/// </summary>
public static class VariationIconSvg
{
    private const string Up = "<path d=\"M12 6l5 6h-3.2v6h-3.6v-6H7z\" fill=\"#ffffff\"/>";
    private const string Down = "<path d=\"M12 18l5-6h-3.2V6h-3.6v6H7z\" fill=\"#ffffff\"/>";
    private const string Level = "<path d=\"M6 12h12\" stroke=\"#ffffff\" stroke-width=\"3\"/>";
    private const string Tick = "<path d=\"M7 12.5l3.2 3.2L17 9\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"3\"/>";
    private const string Cross = "<path d=\"M8 8l8 8M16 8l-8 8\" stroke=\"#ffffff\" stroke-width=\"3\"/>";
    private const string Wave = "<path d=\"M6 13c2-4 4-4 6 0s4 4 6 0\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\"/>";

    /// <summary>The variation icon of <paramref name="icon"/>.</summary>
    public static IHtmlContent Variation(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => Icon("common_cause", icon.ToLabel(), "#505a5f", Level),
        VariationIcon.ImprovementHigh => Icon("improvement_high", icon.ToLabel(), "#1d70b8", Up),
        VariationIcon.ImprovementLow => Icon("improvement_low", icon.ToLabel(), "#1d70b8", Down),
        VariationIcon.ConcernHigh => Icon("concern_high", icon.ToLabel(), "#d4351c", Up),
        VariationIcon.ConcernLow => Icon("concern_low", icon.ToLabel(), "#d4351c", Down),
        VariationIcon.NeitherHigh => Icon("neither_high", icon.ToLabel(), "#4c2c92", Up),
        VariationIcon.NeitherLow => Icon("neither_low", icon.ToLabel(), "#4c2c92", Down),
        _ => Icon("not_shown", icon.ToLabel(), null, string.Empty),
    };

    /// <summary>The assurance icon of <paramref name="icon"/>.</summary>
    public static IHtmlContent Assurance(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPasses => Icon("pass", icon.ToLabel(), "#00703c", Tick),
        AssuranceIcon.ConsistentlyFails => Icon("fail", icon.ToLabel(), "#d4351c", Cross),
        AssuranceIcon.HitOrMiss => Icon("hit_or_miss", icon.ToLabel(), "#ffdd00", Wave),
        _ => Icon("not_shown", icon.ToLabel(), null, string.Empty),
    };

    private static HtmlString Icon(string code, string label, string? fill, string mark)
    {
        string circle = fill is null
            ? "<circle cx=\"12\" cy=\"12\" r=\"9\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\"/>"
            : $"<circle cx=\"12\" cy=\"12\" r=\"11\" fill=\"{fill}\"/>";
        return new HtmlString(
            $"<svg class=\"waymark-icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" role=\"img\" focusable=\"false\" aria-label=\"{WebUtility.HtmlEncode(label)}\" data-icon=\"{code}\">{circle}{mark}</svg>");
    }
}
