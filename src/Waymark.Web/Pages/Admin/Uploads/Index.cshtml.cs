using System.Globalization;

using Microsoft.AspNetCore.Mvc;

using Waymark.Data.Imports;
using Waymark.Web.Uploads;

namespace Waymark.Web.Pages.Admin.Uploads;

/// <summary>Uploads a file of any import kind; it is checked by a dry run and kept until confirmed.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit.MaxBytes)]
[RequestSizeLimit(RequestLimit.MaxBytes)]
public sealed class IndexModel(UploadFolder folder) : FormPage
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public static IReadOnlyList<string> Kinds { get; } = [.. Importers.ByKind.Keys.Where(k => !Importers.WithMapping.Contains(k))];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Kind is null || !Kinds.Contains(Kind, StringComparer.OrdinalIgnoreCase))
        {
            AddError(nameof(Kind), "kind", "Select the kind of file");
        }

        if (Upload is null || Upload.Length == 0)
        {
            AddError(nameof(Upload), "file", "Select a file to upload");
        }
        else if (Upload.Length > UploadFolder.MaxBytes)
        {
            AddError(nameof(Upload), "file", $"The file must be smaller than {UploadFolder.MaxBytes / 1024 / 1024} MB: {Upload.FileName} is {(Upload.Length / 1024m / 1024m).ToString("0.0", CultureInfo.InvariantCulture)} MB");
        }

        if (!ModelState.IsValid || Upload is null)
        {
            return Page();
        }

        string fileName = Path.GetFileName(Upload.FileName);
        await using (Stream content = Upload.OpenReadStream())
        {
            string id = await folder.KeepAsync(Kind!, fileName, content, cancellationToken);
            return RedirectToPage("/Admin/Uploads/Upload", new { id });
        }
    }
}
