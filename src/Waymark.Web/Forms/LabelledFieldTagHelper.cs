using System.Text.RegularExpressions;

namespace Waymark.Web.Forms;

/// <summary>
/// A GOV.UK field with a label (not a legend): the label's size, and, for a page of one question, the label as the
/// page's heading with a caption above it.
/// </summary>
public abstract partial class LabelledFieldTagHelper : FieldTagHelper
{
    protected LabelledFieldTagHelper(string? labelClass = null) => LabelClass = labelClass;

    /// <summary>Classes of the label besides <c>govuk-label</c>, such as <c>govuk-label--s</c>.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Whether the label is the page's <c>h1</c>, as on a page that asks one question.</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>The caption written in the label above its text, such as the section the question belongs to.</summary>
    public string? Caption { get; set; }

    private protected void WriteLabel(HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (IsPageHeading)
        {
            html.Raw("<h1 class=\"govuk-label-wrapper\">");
        }

        html.Raw("<label class=\"govuk-label" + (LabelClass is null ? "" : " " + LabelClass) + "\"").Attribute("for", Id).Raw(">");
        if (Caption is not null)
        {
            html.Raw("<span class=\"govuk-caption-" + CaptionSize() + "\">").Text(Caption).Raw("</span> ");
        }

        html.Text(Label).Raw("</label>");
        if (IsPageHeading)
        {
            html.Raw("</h1>");
        }
    }

    private string CaptionSize() => LabelSize().Match(LabelClass ?? string.Empty) is { Success: true } size ? size.Groups[1].Value : "m";

    [GeneratedRegex(@"govuk-label--(xl|l|m)\b")]
    private static partial Regex LabelSize();
}
