using System.Net.Http.Headers;

using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Demo;
using Waymark.Data.Imports;

using Waymark.Data.People;
using Waymark.Web.Api;

namespace Waymark.Web.Tests.Api;

/// <summary>Clients of the API as a script holds them: a personal access token of a demo user, sent as a bearer token.</summary>
public static class ApiClients
{
    private static readonly ConditionalWeakTable<WaymarkApp, Task> Loads = [];

    /// <summary>Stores a new token of <paramref name="email"/> valid for <paramref name="lifetime"/> (a week when not given) and returns it.</summary>
    public static async Task<string> CreateTokenAsync(this WaymarkApp app, string email, TimeSpan? lifetime = null, bool revoked = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        string token = AccessTokens.Create();
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        await app.WithDbAsync(async db =>
        {
            int user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.AccessTokens.Add(new AccessToken
            {
                UserId = user,
                Name = "test",
                TokenHash = AccessTokens.Hash(token),
                CreatedAt = now.AddDays(-30),
                ExpiresAt = now + (lifetime ?? TimeSpan.FromDays(7)),
                RevokedAt = revoked ? now.AddMinutes(-1) : null,
            });
            return await db.SaveChangesAsync();
        });
        return token;
    }

    /// <summary>
    /// Adds DfE's published figures (LAs, neighbour models, LAIT measures) of the demo council, which the web app's
    /// own demo leaves out, through the same imports as <c>waymark demo</c>; once for each app.
    /// </summary>
    public static Task LoadPublishedFiguresAsync(this WaymarkApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        lock (Loads)
        {
            if (!Loads.TryGetValue(app, out Task? load))
            {
                load = app.WithDbAsync(async db =>
                {
                    IReadOnlyList<ImportReport> reports = await DemoCouncil.LoadAsync(db, new ImportOptions("test", TimeProvider.System));
                    return reports.All(r => r.Succeeded) ? true : throw new InvalidOperationException("The demo's published figures did not import.");
                });
                Loads.Add(app, load);
            }

            return load;
        }
    }

    public static HttpClient WithToken(this WaymarkApp app, string token)
    {
        ArgumentNullException.ThrowIfNull(app);
        HttpClient client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpClient> TokenClientAsync(this WaymarkApp app, string email) => app.WithToken(await app.CreateTokenAsync(email));
}
