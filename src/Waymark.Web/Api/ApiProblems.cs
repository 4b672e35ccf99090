namespace Waymark.Web.Api;

/// <summary>The problem details the API answers with when it cannot do what was asked.</summary>
public static class ApiProblems
{
    /// <summary>400, naming each field (as the JSON names it) with what is wrong with it.</summary>
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has problems: see errors, by field");

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>403 for an administrator who must set up an authenticator app before using Waymark (<c>WAYMARK_ADMINISTRATOR_CODES</c> is <c>required</c>).</summary>
    public static IResult CodesRequired() => TypedResults.Problem(
        "Administrators must use codes from an authenticator app: set one up at /account/authenticator, then this token and your session work again",
        statusCode: StatusCodes.Status403Forbidden,
        title: "Authenticator app required");

    public static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>The problem details of an error status that was given no words of its own.</summary>
    public static IResult ForStatus(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        (string title, string detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("Bad request", "The request could not be read: check its query values and its body against /api/openapi.json"),
            StatusCodes.Status401Unauthorized => ("Sign-in required", "Send a personal access token, made at /account/tokens, as 'Authorization: Bearer <token>', or sign in"),
            StatusCodes.Status403Forbidden => ("Forbidden", "Your roles do not allow this"),
            StatusCodes.Status404NotFound => ("Not found", $"There is nothing at {context.Request.Path}: the API's addresses are listed in /api/openapi.json"),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{context.Request.Method} is not allowed at {context.Request.Path}: see /api/openapi.json"),
            StatusCodes.Status413PayloadTooLarge => ("Request too large", $"The request's body is larger than the {Uploads.RequestLimit.MaxBytes / 1024 / 1024} MB Waymark accepts"),
            >= StatusCodes.Status500InternalServerError => ("Something went wrong", "The request failed and the error has been logged; nothing was saved"),
            _ => (Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), $"The request gave status {status}"),
        };
        return TypedResults.Problem(detail, statusCode: status, title: title);
    }
}
