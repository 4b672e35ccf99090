using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>
/// A GOV.UK select with its label (small and bold unless <see cref="LabelledFieldTagHelper.LabelClass"/> says
/// otherwise), hint and error; the option whose value is <see cref="Value"/> is selected.
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper() : LabelledFieldTagHelper("govuk-label--s")
{
    public string? Value { get; set; }

    /// <summary>The options as value and text, in the order shown.</summary>
    public IReadOnlyList<(string Value, string Text)> Options { get; set; } = [];

    private protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        WriteLabel(html);
        WriteHint(html);
        WriteError(html, error);
        html.Raw("<select class=\"govuk-select" + (error is null ? "" : " govuk-select--error") + "\"")
            .Attribute("id", Id).Attribute("name", Name).Attribute("aria-describedby", DescribedBy(error)).Raw(">");
        foreach ((string value, string text) in Options)
        {
            html.Raw("<option").Attribute("value", value).Attribute("selected", value == (Value ?? string.Empty) ? "selected" : null).Raw(">").Text(text).Raw("</option>");
        }

        html.Raw("</select>");
    }
}
