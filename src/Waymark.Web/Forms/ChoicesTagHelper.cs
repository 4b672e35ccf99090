using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>
/// GOV.UK checkboxes (<c>govuk-checkboxes</c>) or radios (<c>govuk-radios</c>) in a fieldset with its legend, hint
/// and error. The first option's input has <see cref="FieldTagHelper.Id"/>, so that the error summary links to it;
/// the others add their value to it.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesTagHelper : FieldTagHelper
{
    /// <summary>The options as value and text, in the order shown.</summary>
    public IReadOnlyList<(string Value, string Text)> Options { get; set; } = [];

    /// <summary>The values chosen.</summary>
    public IReadOnlyCollection<string> Checked { get; set; } = [];

    /// <summary>What is written when there are no options, or nothing.</summary>
    public string? WhenEmpty { get; set; }

    /// <summary>Whether the options stand side by side, as for a few short ones such as red, amber and green.</summary>
    public bool Inline { get; set; }

    /// <summary>Whether the options are the small ones (the default), as where a page asks several questions.</summary>
    public bool Small { get; set; } = true;

    private string Kind { get; set; } = "checkboxes";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        Kind = context.TagName == "govuk-radios" ? "radios" : "checkboxes";
        base.Process(context, output);
    }

    private protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Raw("<fieldset class=\"govuk-fieldset\"").Attribute("aria-describedby", DescribedBy(error)).Raw(">")
            .Raw("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">").Text(Label).Raw("</legend>");
        WriteHint(html);
        WriteError(html, error);
        if (Options.Count == 0 && WhenEmpty is not null)
        {
            html.Raw("<p class=\"govuk-body\">").Text(WhenEmpty).Raw("</p>");
        }

        string type = Kind == "radios" ? "radio" : "checkbox";
        html.Raw($"<div class=\"govuk-{Kind}{(Small ? $" govuk-{Kind}--small" : "")}{(Inline ? $" govuk-{Kind}--inline" : "")}\" data-module=\"govuk-{Kind}\">");
        for (int i = 0; i < Options.Count; i++)
        {
            (string value, string text) = Options[i];
            string inputId = i == 0 ? Id : Id + "-" + value;
            html.Raw($"<div class=\"govuk-{Kind}__item\"><input class=\"govuk-{Kind}__input\"")
                .Attribute("id", inputId).Attribute("name", Name).Attribute("type", type).Attribute("value", value)
                .Attribute("checked", Checked.Contains(value) ? "checked" : null).Raw(">")
                .Raw($"<label class=\"govuk-label govuk-{Kind}__label\"").Attribute("for", inputId).Raw(">").Text(text).Raw("</label></div>");
        }

        html.Raw("</div></fieldset>");
    }
}
