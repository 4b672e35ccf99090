using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Indicators;

namespace Waymark.Web.Pages.Admin.Indicators;

/// <summary>
/// Adds an indicator or changes its definition, versioned as an import of the indicators file versions it
/// (<see cref="IndicatorVersioning"/>); a change of title or owner alone starts no new version.
/// </summary>
public sealed class EditModel(WaymarkDb db, TimeProvider clock) : FormPage
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Polarity { get; set; }

    [BindProperty]
    public string? Frequency { get; set; }

    [BindProperty]
    public string? Aggregation { get; set; }

    [BindProperty]
    public string? Tolerance { get; set; }

    [BindProperty]
    public string? Decimals { get; set; }

    [BindProperty]
    public string? YearType { get; set; }

    [BindProperty]
    public string? OwnerId { get; set; }

    public Indicator? Existing { get; private set; }

    public IReadOnlyList<User> Officers { get; private set; } = [];

    public static IReadOnlyList<string> Units { get; } = Choices(IndicatorCodes.UnitChoices);

    public static IReadOnlyList<string> Polarities { get; } = Choices(IndicatorCodes.PolarityChoices);

    public static IReadOnlyList<string> Frequencies { get; } = Choices(IndicatorCodes.FrequencyChoices);

    public static IReadOnlyList<string> Aggregations { get; } = Choices(IndicatorCodes.AggregationChoices);

    public static IReadOnlyList<string> YearTypes { get; } = Choices(IndicatorCodes.YearTypeChoices);

    private static Dictionary<string, (string Key, string FieldId)> Fields { get; } = new()
    {
        ["code"] = (nameof(Code), "code"),
        ["title"] = (nameof(Title), "title"),
        ["unit"] = (nameof(Unit), "unit"),
        ["polarity"] = (nameof(Polarity), "polarity"),
        ["frequency"] = (nameof(Frequency), "frequency"),
        ["aggregation"] = (nameof(Aggregation), "aggregation"),
        ["tolerance"] = (nameof(Tolerance), "tolerance"),
        ["decimals"] = (nameof(Decimals), "decimals"),
        ["year_type"] = (nameof(YearType), "year-type"),
    };

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } i)
        {
            (Code, Title, Tolerance) = (i.Code, i.Definition.Title, i.Definition.Tolerance.ToString());
            (Unit, Polarity, Frequency, Aggregation, YearType) = (i.Definition.Unit.ToCode(), i.Definition.Polarity.ToCode(), i.Definition.Frequency.ToCode(), i.Definition.Aggregation.ToCode(), i.Definition.YearType.ToCode());
            Decimals = i.Definition.Decimals.ToString(CultureInfo.InvariantCulture);
            OwnerId = i.OwnerId?.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            (Tolerance, YearType) = ("5%", "financial");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var entry = new IndicatorEntry
        {
            Code = Code,
            Title = Title,
            Unit = Unit,
            Polarity = Polarity,
            Frequency = Frequency,
            Aggregation = Aggregation,
            Tolerance = Tolerance,
            Decimals = Decimals,
            YearType = YearType,
        };
        string code = Code?.Trim() ?? string.Empty;
        if (code.Length > 0 && await db.Indicators.AnyAsync(i => i.Code == code && i.Id != (id ?? 0), cancellationToken))
        {
            AddError(nameof(Code), "code", $"An indicator with the code {code} already exists");
        }

        IndicatorChecks.TryCheck(entry, out IndicatorDefinition? definition, out IReadOnlyList<IndicatorEntryError> errors);
        foreach (IndicatorEntryError error in errors)
        {
            (string key, string fieldId) = Fields[error.Field];
            AddError(key, fieldId, error.Message);
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
}
