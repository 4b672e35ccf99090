using System.Globalization;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Api;

/// <summary>
/// Writing an indicator's result, with the quarterly return's checks: who may enter it, the figures, commentary
/// when the rules rate it red or amber, and a write made from a stale version refused with the stored result.
/// <c>POST</c> adds the period's first result; <c>PUT</c> adds or replaces it, given the version it replaces.
/// </summary>
public static class ResultWrites
{
    public static Task<IResult> PostAsync(HttpContext context, WaymarkDb db, TimeProvider clock, int id, CancellationToken cancellationToken) =>
        WriteAsync(context, db, clock, id, replace: false, cancellationToken);

    public static Task<IResult> PutAsync(HttpContext context, WaymarkDb db, TimeProvider clock, int id, CancellationToken cancellationToken) =>
        WriteAsync(context, db, clock, id, replace: true, cancellationToken);

    private static async Task<IResult> WriteAsync(HttpContext context, WaymarkDb db, TimeProvider clock, int id, bool replace, CancellationToken cancellationToken)
    {
        Indicator? indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return ApiProblems.NotFound($"There is no indicator {id}");
        }

        if (!Permissions.CanEnterResults(context.User, indicator))
        {
            return TypedResults.Problem(
                $"Results of {indicator.Code} are entered by its owner or an administrator", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        JsonElement body;
        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ApiProblems.Invalid("body", $"The body must be a JSON object: {e.Message}");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return ApiProblems.Invalid("body", "The body must be a JSON object, such as {\"period\": \"2010/11 Q3\", \"value\": 87.4}");
        }

        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors.TryAdd(field, [message]);

        string? periodText = Text(body, "period", Error);
        ReportingPeriod period = default;
        if (string.IsNullOrWhiteSpace(periodText))
        {
            Error("period", "Enter the period, such as 2010/11 Q3");
        }
        else if (!ReportingPeriod.TryParse(periodText.Trim(), out period, out string? periodError))
        {
            Error("period", periodError);
        }

        decimal? value = Number(body, "value", "The result", Error);
        decimal? numerator = Number(body, "numerator", "The numerator", Error);
        decimal? denominator = Number(body, "denominator", "The denominator", Error);
        decimal? predicted = Number(body, "predicted_year_end", "The predicted year end", Error);
        DataQuality quality = DataQuality.Ok;
        switch (Text(body, "data_quality", Error))
        {
            case null or "ok":
                break;
            case "withheld":
                quality = DataQuality.Withheld;
                break;
            default:
                Error("data_quality", "Data quality must be ok or withheld");
                break;
        }

        string? note = Text(body, "data_quality_note", Error);
        string? commentaryText = Text(body, "commentary", Error);
        int? version = null;
        if (body.TryGetProperty("version", out JsonElement versionElement) && versionElement.ValueKind != JsonValueKind.Null)
        {
            if (versionElement.ValueKind == JsonValueKind.Number && versionElement.TryGetInt32(out int v))
            {
                version = v;
            }
            else
            {
                Error("version", "The version must be a whole number: the version of the result you read");
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (value is null && numerator is null && denominator is null)
        {
            return ApiProblems.Invalid("value", "Enter the result, or its numerator and denominator");
        }

        IndicatorDefinition definition = indicator.ToDefinition();
        string? commentary = string.IsNullOrWhiteSpace(commentaryText) ? null : commentaryText.Trim();
        if (!ResultValues.TryResolve(definition, value, numerator, denominator, predicted, quality, commentary, out IndicatorResult? result, out string? error, out string? field))
        {
            return ApiProblems.Invalid(field ?? "value", error);
        }

        IndicatorEvaluation evaluation = await EvaluateAsync(db, indicator, definition, period, result, cancellationToken);
        if (commentary is null && evaluation.Rating.Rating is Rating.Red or Rating.Amber)
        {
            return ApiProblems.Invalid("commentary", $"Enter commentary: the result is {evaluation.Rating.Rating.ToLabel().ToLowerInvariant()}, so say why and what is being done");
        }

        Result? stored = await db.Results.FirstOrDefaultAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
        if (stored is not null && (!replace || stored.ConcurrencyVersion != version))
        {
            return await ConflictAsync(db, indicator, stored, replace, cancellationToken);
        }

        bool created = stored is null;
        if (stored is null)
        {
            stored = new Result { IndicatorId = id, Period = period, PeriodStart = period.Start, EnteredBy = string.Empty };
            db.Results.Add(stored);
        }

        stored.Value = result.Value;
        stored.Numerator = numerator;
        stored.Denominator = denominator;
        stored.PredictedYearEnd = result.PredictedYearEnd;
        stored.DataQuality = quality;
        stored.DataQualityNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        stored.Commentary = commentary;
        stored.EnteredBy = context.User.Identity?.Name ?? "api";
        stored.EnteredAt = clock.GetUtcNow();
        stored.Illustrative = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Result? theirs = await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
            return theirs is null
                ? ApiProblems.NotFound($"The result of {indicator.Code} for {period} was removed while it was being written")
                : await ConflictAsync(db, indicator, theirs, replace, cancellationToken);
        }
        catch (DbUpdateException) when (created)
        {
            // Someone else entered the first result for the period meanwhile.
            db.ChangeTracker.Clear();
            Result theirs = await db.Results.AsNoTracking().FirstAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
            return await ConflictAsync(db, indicator, theirs, replace, cancellationToken);
        }

        ResultJson saved = ApiResults.From(await EvaluateAsync(db, indicator, definition, period, stored.ToDomain(), cancellationToken), stored);
        return created
            ? TypedResults.Created($"/api/indicators/{id}/results", saved)
            : TypedResults.Ok(saved);
    }

    private static async Task<IResult> ConflictAsync(WaymarkDb db, Indicator indicator, Result theirs, bool replace, CancellationToken cancellationToken)
    {
        IndicatorDefinition definition = indicator.ToDefinition();
        ResultJson current = ApiResults.From(await EvaluateAsync(db, indicator, definition, theirs.Period, theirs.ToDomain(), cancellationToken), theirs);
        string detail = replace
            ? $"{theirs.EnteredBy} changed the result of {indicator.Code} for {theirs.Period} since the version you gave: it is now version {theirs.ConcurrencyVersion}. Nothing was saved: compare yours with theirs in current, then PUT again with version {theirs.ConcurrencyVersion} to replace it"
            : $"{indicator.Code} already has a result for {theirs.Period}, entered by {theirs.EnteredBy}. Nothing was saved: PUT with version {theirs.ConcurrencyVersion} to replace it";
        return TypedResults.Conflict(new ResultConflictJson("The result has changed", detail, current));
    }

    private static async Task<IndicatorEvaluation> EvaluateAsync(
        WaymarkDb db, Indicator indicator, IndicatorDefinition definition, ReportingPeriod period, IndicatorResult result, CancellationToken cancellationToken)
    {
        TargetSchedule targets = (await Evaluations.TargetsAsync(db, [indicator.Id], cancellationToken)).GetValueOrDefault(indicator.Id, TargetSchedule.Empty);
        ReportingPeriod earlier = period.YearEarlier();
        Result? yearEarlier = await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Period == earlier, cancellationToken);
        return Evaluator.Evaluate(definition, period, result, yearEarlier?.ToDomain(), targets);
    }

    private static string? Text(JsonElement body, string name, Action<string, string> error)
    {
        if (!body.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        error(name, $"{name} must be text");
        return null;
    }

    private static decimal? Number(JsonElement body, string name, string label, Action<string, string> error)
    {
        if (!body.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out decimal number))
        {
            return number;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            string text = element.GetString()!.Trim().TrimEnd('%').Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        error(name, $"{label} must be a number, like 87.4");
        return null;
    }
}
