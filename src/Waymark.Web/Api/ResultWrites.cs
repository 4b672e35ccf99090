using System.Globalization;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Texts;
using Waymark.Web.Accounts;
using Waymark.Web.Returns;

namespace Waymark.Web.Api;

/// <summary>
/// Writing an indicator's result, with the quarterly return's checks: who may enter it, the figures, commentary
/// when the rules rate it red or amber, and a write made from a stale version refused with the stored result.
/// <c>POST</c> adds the period's first result; <c>PUT</c> adds or replaces it, given the version it replaces.
/// </summary>
public static class ResultWrites
{
    public static Task<IResult> PostAsync(HttpContext context, WaymarkDb db, ResultEntry entry, int id, CancellationToken cancellationToken) =>
        WriteAsync(context, db, entry, id, replace: false, cancellationToken);

    public static Task<IResult> PutAsync(HttpContext context, WaymarkDb db, ResultEntry entry, int id, CancellationToken cancellationToken) =>
        WriteAsync(context, db, entry, id, replace: true, cancellationToken);

    private static async Task<IResult> WriteAsync(HttpContext context, WaymarkDb db, ResultEntry entry, int id, bool replace, CancellationToken cancellationToken)
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

        var input = new ResultEntryInput(
            Text(body, "period", Error),
            Number(body, "value", Error),
            Number(body, "numerator", Error),
            Number(body, "denominator", Error),
            Number(body, "predicted_year_end", Error),
            Text(body, "data_quality", Error),
            Text(body, "data_quality_note", Error),
            Text(body, "commentary", Error));
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

        ResultCheck check = await entry.CheckAsync(indicator, input, cancellationToken);
        foreach (ResultEntryError error in check.Errors)
        {
            Error(error.Field, error.Message);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        ResultSave save = await entry.SaveAsync(indicator, check, version, replace, context.User.Identity?.Name ?? "api", cancellationToken);
        if (save.Saved is not { } stored)
        {
            return save.Theirs is { } theirs
                ? await ConflictAsync(entry, indicator, theirs, replace, cancellationToken)
                : ApiProblems.NotFound($"The result of {indicator.Code} for {check.Period} was removed while it was being written");
        }

        ResultJson saved = ApiResults.From(await entry.EvaluateAsync(indicator, stored.Period, stored.ToDomain(), cancellationToken), stored);
        return save.Created
            ? TypedResults.Created($"/api/indicators/{id}/results", saved)
            : TypedResults.Ok(saved);
    }

    private static async Task<IResult> ConflictAsync(ResultEntry entry, Indicator indicator, Result theirs, bool replace, CancellationToken cancellationToken)
    {
        ResultJson current = ApiResults.From(await entry.EvaluateAsync(indicator, theirs.Period, theirs.ToDomain(), cancellationToken), theirs);
        string detail = replace
            ? $"{theirs.EnteredBy} changed the result of {indicator.Code} for {theirs.Period} since the version you gave: it is now version {theirs.ConcurrencyVersion}. Nothing was saved: compare yours with theirs in current, then PUT again with version {theirs.ConcurrencyVersion} to replace it"
            : $"{indicator.Code} already has a result for {theirs.Period}, entered by {theirs.EnteredBy}. Nothing was saved: PUT with version {theirs.ConcurrencyVersion} to replace it";
        return TypedResults.Conflict(new ResultConflictJson("The result has changed", detail, current));
    }

    private static string? Text(JsonElement body, string name, Action<string, string> error)
    {
        if (!body.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return Plain(StringOf(element, name, error), name, error);
        }

        error(name, $"{name} must be text");
        return null;
    }

    /// <summary>A JSON string as text, or null with the problem recorded when it is not text (an unpaired surrogate escape such as \ud800).</summary>
    private static string? StringOf(JsonElement element, string name, Action<string, string> error)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            error(name, $"{name} holds {element.GetRawText()}, which is not text: it has half of a UTF-16 surrogate pair (an escape such as \\ud800 without its partner)");
            return null;
        }
    }

    /// <summary>The text of a property, or null with the problem recorded when it holds a control character.</summary>
    private static string? Plain(string? text, string name, Action<string, string> error)
    {
        if (PlainText.Check(text) is not { } problem)
        {
            return text;
        }

        error(name, problem.For(char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' ')));
        return null;
    }

    /// <summary>A number as the checks read it: a JSON number as written, or text such as "87.4".</summary>
    private static string? Number(JsonElement body, string name, Action<string, string> error)
    {
        if (!body.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number)
        {
            return element.TryGetDecimal(out decimal number) ? number.ToString(CultureInfo.InvariantCulture) : element.GetRawText();
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return Plain(StringOf(element, name, error), name, error);
        }

        error(name, $"{name} must be a number, like 87.4");
        return null;
    }
}
