using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Web.Pages.Admin.Indicators;

/// <summary>
/// Adds an indicator or changes its definition, versioned as an import of the indicators file versions it
/// (<see cref="IndicatorVersioning"/>); a change of title or owner alone starts no new version.
/// </summary>
public sealed class EditModel(WaymarkDb db, TimeProvider clock) : FormPage
{
    /// <summary>The definition as written in the form, its fields named as its parts (<c>Code</c>, <c>YearType</c>).</summary>
    [BindProperty]
    public IndicatorEntry Entry { get; set; } = new();

    [BindProperty]
    public string? OwnerId { get; set; }

    public Indicator? Existing { get; private set; }

    public IReadOnlyList<User> Officers { get; private set; } = [];

    public static IReadOnlyList<string> Units { get; } = Choices(IndicatorCodes.UnitChoices);

    public static IReadOnlyList<string> Polarities { get; } = Choices(IndicatorCodes.PolarityChoices);

    public static IReadOnlyList<string> Frequencies { get; } = Choices(IndicatorCodes.FrequencyChoices);

    public static IReadOnlyList<string> Aggregations { get; } = Choices(IndicatorCodes.AggregationChoices);

    public static IReadOnlyList<string> YearTypes { get; } = Choices(IndicatorCodes.YearTypeChoices);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } i)
        {
            Entry = IndicatorEntry.From(i.ToDefinition());
            OwnerId = i.OwnerId?.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Entry = new() { Tolerance = Tolerance.Default.ToString(), YearType = YearType.Financial.ToCode() };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        string code = Entry.Code?.Trim() ?? string.Empty;
        if (code.Length > 0 && await db.Indicators.AnyAsync(i => i.Code == code && i.Id != (id ?? 0), cancellationToken))
        {
            AddError(nameof(IndicatorEntry.Code), "code", $"An indicator with the code {code} already exists");
        }

        IndicatorChecks.TryCheck(Entry, out IndicatorDefinition? definition, out IReadOnlyList<IndicatorEntryError> errors);
        foreach (IndicatorEntryError error in errors)
        {
            AddError(Key(error.Field), error.Field.Replace('_', '-'), error.FormMessage);
        }

        int? owner = null;
        if (!string.IsNullOrEmpty(OwnerId))
        {
            if (int.TryParse(OwnerId, NumberStyles.None, CultureInfo.InvariantCulture, out int ownerId) && Officers.Any(o => o.Id == ownerId))
            {
                owner = ownerId;
            }
            else
            {
                AddError(nameof(OwnerId), "owner", "Select a data officer as the owner, or no owner");
            }
        }

        if (!ModelState.IsValid || definition is null)
        {
            return Page();
        }

        DateTimeOffset now = clock.GetUtcNow();
        string actor = User.Identity?.Name ?? "web";
        Indicator indicator = Existing ?? IndicatorVersioning.Add(db, definition, actor, now);
        if (Existing is not null)
        {
            IndicatorVersioning.Change(db, indicator, definition, actor, now);
        }

        (indicator.Code, indicator.OwnerId) = (definition.Code, owner);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Indicators/Indicator", new { id = indicator.Id });
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Officers = await db.Users.AsNoTracking().Where(u => u.Roles.Any(r => r.Role == RoleNames.DataOfficer)).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        if (id is int existing)
        {
            Existing = await db.Indicators.FirstOrDefaultAsync(i => i.Id == existing, cancellationToken);
            return Existing is not null;
        }

        return true;
    }

    private static string[] Choices(string choices) => choices.Split('|');

    /// <summary>The form field of a part named as its column: <c>year_type</c> is <c>YearType</c>.</summary>
    private static string Key(string field) => string.Concat(field.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
