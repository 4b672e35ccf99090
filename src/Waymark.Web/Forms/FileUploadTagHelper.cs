using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Waymark.Web.Forms;

/// <summary>A GOV.UK file upload with its label (small and bold unless told otherwise), hint and error.</summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileUploadTagHelper() : LabelledFieldTagHelper("govuk-label--s")
{
    private protected override void Write(HtmlWriter html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        WriteLabel(html);
        WriteHint(html);
        WriteError(html, error);
        html.Raw("<input class=\"govuk-file-upload" + (error is null ? "" : " govuk-file-upload--error") + "\"")
            .Attribute("id", Id).Attribute("name", Name).Attribute("type", "file").Attribute("aria-describedby", DescribedBy(error)).Raw(">");
    }
}
