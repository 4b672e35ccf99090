using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

using Waymark.Web.Pages;

namespace Waymark.Web.Forms;

/// <summary>
/// The GOV.UK error summary of a <see cref="FormPage"/>: "There is a problem" and each error, in the page's order,
/// linked to its field. Nothing is written when the page has no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<FormError> errors = ViewContext?.ViewData.Model is FormPage page ? page.Errors : [];
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.Add("class", "govuk-error-summary");
        output.Attributes.Add("data-module", "govuk-error-summary");
        var html = new System.Text.StringBuilder("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (FormError error in errors)
        {
            html.Append("<li><a href=\"#").Append(HtmlEncoder.Default.Encode(error.FieldId)).Append("\">").Append(HtmlEncoder.Default.Encode(error.Message)).Append("</a></li>");
        }

        output.Content.SetHtmlContent(html.Append("</ul></div></div>").ToString());
    }
}
