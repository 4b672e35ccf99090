using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>
/// The GOV.UK error message of a control that is not a field, such as a form's only button: <c>&lt;govuk-error-message
/// name="Lock" id="lock" /&gt;</c> writes the error of <c>Lock</c> with the id <c>lock-error</c>, that the control names
/// in its <c>aria-describedby</c>; nothing when there is no error.
/// </summary>
[HtmlTargetElement("govuk-error-message", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorMessageTagHelper : TagHelper
{
    /// <summary>The key the page records the error under, such as <c>Lock</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The id of the control the error is about, that the error summary links to, such as <c>lock</c>.</summary>
    public string Id { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        var html = new FieldTagHelper.HtmlWriter();
        FieldTagHelper.WriteErrorMessage(html, Id, FieldTagHelper.ErrorOf(ViewContext, Name));
        output.Content.SetHtmlContent(html.ToString());
    }
}
