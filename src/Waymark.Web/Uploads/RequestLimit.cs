using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Waymark.Web.Uploads;

/// <summary>
/// Answers a request too large to read with 413 before the form or body is read, so that the pages' error page and
/// the API's problem details can say so in words whatever the size: a request that says its length is refused at
/// once, one that does not is refused when reading it goes past the limit.
/// </summary>
public sealed class RequestLimit(RequestDelegate next)
{
    /// <summary>The largest request read: an upload of <see cref="UploadFolder.MaxBytes"/> with room for the form around it.</summary>
    public const long MaxBytes = 4 * UploadFolder.MaxBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength > MaxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (TooLarge(e) && !context.Response.HasStarted)
        {
            // The error page that says so is shown in this request, with the body it must not read again.
            context.Request.Body = Stream.Null;
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    private static bool TooLarge(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        InvalidDataException => true,
        _ => e.InnerException is { } inner && TooLarge(inner),
    };
}
