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

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } i)
        {
            (Code, Title, Tolerance) = (i.Code, i.Title, i.Tolerance);
            (Unit, Polarity, Frequency, Aggregation, YearType) = (i.Unit.ToCode(), i.Polarity.ToCode(), i.Frequency.ToCode(), i.Aggregation.ToCode(), i.YearType.ToCode());
            Decimals = i.Decimals.ToString(CultureInfo.InvariantCulture);
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

        string code = Code?.Trim() ?? string.Empty;
        string title = Title?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            AddError(nameof(Code), "code", "Enter a code");
        }
        else if (await db.Indicators.AnyAsync(i => i.Code == code && i.Id != (id ?? 0), cancellationToken))
        {
            AddError(nameof(Code), "code", $"An indicator with the code {code} already exists");
        }

        if (title.Length == 0)
        {
            AddError(nameof(Title), "title", "Enter a title");
        }

        bool unitOk = IndicatorCodes.TryParseUnit(Unit, out Unit unit);
        if (!unitOk)
        {
            AddError(nameof(Unit), "unit", "Select a unit");
        }

        bool polarityOk = IndicatorCodes.TryParsePolarity(Polarity, out Polarity polarity);
        if (!polarityOk)
        {
            AddError(nameof(Polarity), "polarity", "Select whether higher or lower is better, or neither");
        }

        bool frequencyOk = IndicatorCodes.TryParseFrequency(Frequency, out Frequency frequency);
        if (!frequencyOk)
        {
            AddError(nameof(Frequency), "frequency", "Select how often results are reported");
        }

        bool aggregationOk = IndicatorCodes.TryParseAggregation(Aggregation, out Aggregation aggregation);
        if (!aggregationOk)
        {
            AddError(nameof(Aggregation), "aggregation", "Select how results add up over the year");
        }

        if (!global::Waymark.Indicators.Tolerance.TryParse(Tolerance, out Tolerance tolerance, out _))
        {
            AddError(nameof(Tolerance), "tolerance", "Tolerance must be a percentage of the target, like 5%, or a number of units, like 2");
        }

        if (!int.TryParse(Decimals?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int decimals) || decimals > IndicatorDefinition.MaxDecimals)
        {
            AddError(nameof(Decimals), "decimals", $"Decimals must be a whole number from 0 to {IndicatorDefinition.MaxDecimals}");
        }

        if (!IndicatorCodes.TryParseYearType(YearType, out YearType yearType))
        {
            AddError(nameof(YearType), "year-type", "Select the year the indicator is reported by");
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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        DateTimeOffset now = clock.GetUtcNow();
        string actor = User.Identity?.Name ?? "web";
        var definition = new IndicatorDefinition(code, title, unit, polarity, frequency, aggregation, tolerance, decimals, yearType);
        Indicator indicator = Existing ?? IndicatorVersioning.Add(db, definition, actor, now);
        if (Existing is not null)
        {
            IndicatorVersioning.Change(db, indicator, definition, actor, now);
        }

        (indicator.Code, indicator.OwnerId) = (code, owner);
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
