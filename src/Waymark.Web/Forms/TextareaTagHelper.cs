using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>A GOV.UK textarea with its label, hint and error.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : FieldTagHelper
{
    public string? Value { get; set; }

    public int Rows { get; set; } = 5;

    /// <summary>Classes of the label besides <c>govuk-label</c>, such as <c>govuk-label--s</c>.</summary>
    public string? LabelClass { get; set; }

    protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Raw("<label class=\"govuk-label" + (LabelClass is null ? "" : " " + LabelClass) + "\"").Attribute("for", Id).Raw(">").Text(Label).Raw("</label>");
        WriteHint(html);
        WriteError(html, error);
        html.Raw("<textarea class=\"govuk-textarea" + (error is null ? "" : " govuk-textarea--error") + "\"")
            .Attribute("id", Id).Attribute("name", Name).Attribute("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attribute("aria-describedby", DescribedBy(error)).Raw(">").Text(Value).Raw("</textarea>");
    }
}
