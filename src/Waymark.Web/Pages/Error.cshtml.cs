using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Web.Uploads;

namespace Waymark.Web.Pages;

/// <summary>What a person sees instead of a failure: never the exception, only what to do next.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";

    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void OnGet([FromRoute] int? code) => Describe(code);

    public void OnPost([FromRoute] int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Lines) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            StatusCodes.Status403Forbidden => ("You do not have permission to do this", ["Your account's role does not allow it. Ask the performance team if you think it should."]),
            StatusCodes.Status413PayloadTooLarge => ("The file is too large", [
                $"Files of up to {UploadFolder.MaxBytes / 1024 / 1024} MB can be uploaded, and what you sent is larger than {RequestLimit.MaxBytes / 1024 / 1024} MB.",
                "Go back and choose a smaller file, or split it into several files.",
            ]),
            StatusCodes.Status429TooManyRequests => ("There have been too many attempts to sign in", TooMany()),
            StatusCodes.Status400BadRequest => ("The form could not be sent", ["The page may have been open too long. Go back, reload the page and try again."]),
            _ => ("Sorry, there is a problem with the service", (IReadOnlyList<string>)["Try again later. Nothing you entered has been saved unless a page told you it was."]),
        };
        if (code is int status && status >= 400)
        {
            Response.StatusCode = status;
        }
        else if (code is null)
        {
            Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    private string[] TooMany()
    {
        if (Accounts.SignInLimits.RetryAfter(HttpContext) is not TimeSpan wait)
        {
            return ["Wait a few minutes, then try again."];
        }

        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [$"To keep accounts safe from guessing, Waymark has held back signing in from here for a while. Try again in {Accounts.SignInLimits.InWords(wait)}.",
            "If you have forgotten your password, ask the performance team to set a new one."];
    }
}
