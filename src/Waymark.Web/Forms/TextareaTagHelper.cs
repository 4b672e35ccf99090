using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>A GOV.UK textarea with its label, hint and error.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : LabelledFieldTagHelper
{
    public string? Value { get; set; }

    public int Rows { get; set; } = 5;

    private protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        WriteLabel(html);
        WriteHint(html);
        WriteError(html, error);
        html.Raw("<textarea class=\"govuk-textarea" + (error is null ? "" : " govuk-textarea--error") + "\"")
            .Attribute("id", Id).Attribute("name", Name).Attribute("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attribute("aria-describedby", DescribedBy(error)).Raw(">").Text(Value).Raw("</textarea>");
    }
}
