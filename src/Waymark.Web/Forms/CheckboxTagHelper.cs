using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>
/// One GOV.UK checkbox that posts <c>true</c> when it is ticked, for a yes-or-no question that its label asks, such as
/// "High risk"; its hint is under the label, and it needs no fieldset.
/// </summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxTagHelper : FieldTagHelper
{
    /// <summary>Whether the box is ticked.</summary>
    public bool Checked { get; set; }

    private protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        WriteError(html, error);
        html.Raw("<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\"")
            .Attribute("id", Id).Attribute("name", Name).Attribute("type", "checkbox").Attribute("value", "true")
            .Attribute("checked", Checked ? "checked" : null).Attribute("aria-describedby", DescribedBy(error)).Raw(">")
            .Raw("<label class=\"govuk-label govuk-checkboxes__label\"").Attribute("for", Id).Raw(">").Text(Label).Raw("</label>");
        WriteHint(html, " govuk-checkboxes__hint");
        html.Raw("</div></div>");
    }
}
