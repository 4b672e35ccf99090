using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Reporting.Building;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports;

/// <summary>
/// An officer writes one section of the report as plain text; it is always shown as text, never as markup. Saving
/// adds the new text after the old, and empty text gives the section back to the text written from the figures.
/// </summary>
public sealed class NarrativeModel(WaymarkDb db, TimeProvider clock) : ReportPage(db)
{
    public const int MaximumLength = 10_000;

    [BindProperty(SupportsGet = true)]
    public string? Section { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public string Name { get; private set; } = string.Empty;

    public string Hint { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Chosen() is { } request)
        {
            int boardId = await BoardIdAsync(request, cancellationToken);
            Text = await Db.ReportNarratives.AsNoTracking()
                .Where(n => n.BoardId == boardId && n.Period == request.Period && n.Section == Section && n.IndicatorId == null)
                .OrderByDescending(n => n.Id).Select(n => n.Text).FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Chosen() is not { } request)
        {
            return Page();
        }

        string text = (Text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > MaximumLength)
        {
            AddError(nameof(Text), "text", $"{Name} must be {MaximumLength:N0} characters or fewer; it is {text.Length:N0}");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.ReportNarratives.Add(new ReportNarrative
        {
            BoardId = await BoardIdAsync(request, cancellationToken),
            Period = request.Period,
            Section = Section!,
            Text = text,
            WrittenBy = User.Identity?.Name ?? "web",
            WrittenAt = clock.GetUtcNow(),
        });
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Reports/Preview", ReportValues());
    }

    /// <summary>The text is named as its section is, such as "Conclusions".</summary>
    protected override (string Label, string FieldId) Describe(string key) =>
        key == nameof(Text) && NarrativeSectionNames.Find(Section) is { } section ? (section.Name, "text") : base.Describe(key);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (NarrativeSectionNames.Find(Section) is not { } section)
        {
            return NotFound();
        }

        (Name, Hint) = (section.Name, section.Hint);
        await LoadChoicesAsync(cancellationToken);
        return null;
    }

    private Task<int> BoardIdAsync(ReportRequest request, CancellationToken cancellationToken) =>
        Db.Boards.AsNoTracking().Where(b => b.Name == request.Board).Select(b => b.Id).FirstAsync(cancellationToken);
}
