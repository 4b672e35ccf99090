using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Assessments;
using Waymark.Data.Assessments;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Admin.Assessments;

/// <summary>
/// Changes one indicator's thresholds, the band a value on a threshold falls in, and the points of each band, within
/// a block of an assessment framework; the thresholds are checked by the domain's rules for the indicator's polarity.
/// </summary>
public sealed class ThresholdModel(WaymarkDb db) : FormPage
{
    [BindProperty]
    public string? Lower { get; set; }

    [BindProperty]
    public string? Upper { get; set; }

    [BindProperty]
    public string? AtThreshold { get; set; }

    [BindProperty]
    public string? PointsBottom { get; set; }

    [BindProperty]
    public string? PointsMiddle { get; set; }

    [BindProperty]
    public string? PointsTop { get; set; }

    public AssessmentThreshold Threshold { get; private set; } = null!;

    public Indicator Indicator { get; private set; } = null!;

    public AssessmentBlockDefinition Block { get; private set; } = null!;

    public AssessmentFrameworkVersion Framework { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Lower = Display.Plain(Threshold.LowerThreshold);
        Upper = Display.Plain(Threshold.UpperThreshold);
        AtThreshold = Threshold.AtThreshold;
        (PointsBottom, PointsMiddle, PointsTop) = (Whole(Threshold.PointsBottom), Whole(Threshold.PointsMiddle), Whole(Threshold.PointsTop));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        decimal? lower = Number(Lower, nameof(Lower), "lower", "the lower threshold");
        decimal? upper = Number(Upper, nameof(Upper), "upper", "the upper threshold");
        ThresholdBoundary boundary = ThresholdBoundary.BetterBand;
        if (AtThreshold is not ("better" or "worse"))
        {
            AddError(nameof(AtThreshold), "at-threshold", "Select which band a value exactly on a threshold falls in");
        }
        else
        {
            boundary = AtThreshold == "worse" ? ThresholdBoundary.WorseBand : ThresholdBoundary.BetterBand;
        }

        int? bottom = Points(PointsBottom, nameof(PointsBottom), "points-bottom", "bottom");
        int? middle = Points(PointsMiddle, nameof(PointsMiddle), "points-middle", "middle");
        int? top = Points(PointsTop, nameof(PointsTop), "points-top", "top");
        if (lower is { } l && upper is { } u
            && !IndicatorThresholds.TryCreate(Indicator.Definition.Polarity, l, u, boundary, out _, out string? problem))
        {
            AddError(nameof(Upper), "upper", $"The thresholds of {Indicator.Code} do not fit its polarity: {problem}");
        }

        if (bottom is { } b && middle is { } m && top is { } t && !(b <= m && m <= t))
        {
            AddError(nameof(PointsTop), "points-top", $"Points must not fall from band to band: bottom {b}, middle {m} and top {t} do");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        AssessmentThreshold stored = await db.Set<AssessmentThreshold>().SingleAsync(x => x.Id == id, cancellationToken);
        (stored.LowerThreshold, stored.UpperThreshold, stored.AtThreshold) = (lower!.Value, upper!.Value, AtThreshold!);
        (stored.PointsBottom, stored.PointsMiddle, stored.PointsTop) = (bottom!.Value, middle!.Value, top!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Admin/Assessments/Index", null, new { saved = $"{Indicator.Code} in {Block.Name}" }, $"framework-{Framework.Id}");
    }

    private decimal? Number(string? text, string key, string fieldId, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            AddError(key, fieldId, $"Enter {name}");
            return null;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal value))
        {
            AddError(key, fieldId, $"{char.ToUpperInvariant(name[0])}{name[1..]} must be a number, like 45.5, not '{text.Trim()}'");
            return null;
        }

        return value;
    }

    private int? Points(string? text, string key, string fieldId, string band)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            AddError(key, fieldId, $"Enter the points of the {band} band");
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int points) || points > 100)
        {
            AddError(key, fieldId, $"The points of the {band} band must be a whole number from 0 to 100, not '{text.Trim()}'");
            return null;
        }

        return points;
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Set<AssessmentThreshold>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } threshold)
        {
            return false;
        }

        Threshold = threshold;
        Indicator = await db.Indicators.AsNoTracking().SingleAsync(i => i.Id == threshold.IndicatorId, cancellationToken);
        Block = await db.Set<AssessmentBlockDefinition>().AsNoTracking().SingleAsync(b => b.Id == threshold.BlockId, cancellationToken);
        Framework = await db.AssessmentFrameworks.AsNoTracking().SingleAsync(f => f.Id == Block.FrameworkId, cancellationToken);
        return true;
    }
}
