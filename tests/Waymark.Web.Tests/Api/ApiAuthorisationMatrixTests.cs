using System.Globalization;
using System.Net;
using System.Net.Http.Json;

using Microsoft.EntityFrameworkCore;

namespace Waymark.Web.Tests.Api;

/// <summary>
/// Every API endpoint for every role, called with the user's personal access token as a script would: allowed,
/// forbidden (403), or 401 without a token. Reading is for every signed-in user, as the pages are; a result is
/// written only by the indicator's owner (Sam Patel owns NI 66) or an administrator, as on the quarterly return.
/// </summary>
public sealed class ApiAuthorisationMatrixTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    public const string Allowed = "allowed";
    public const string Forbidden = "forbidden";
    public const string Unauthorised = "401";
    public const string Anonymous = "anonymous";

    private static readonly string[] Everyone =
    [
        WaymarkApp.Administrator, WaymarkApp.DataOfficer, WaymarkApp.OtherDataOfficer, WaymarkApp.AccountableOfficer,
        WaymarkApp.OtherAccountableOfficer, WaymarkApp.Director, WaymarkApp.Member, WaymarkApp.Partner,
    ];

    private static readonly string[] Reads =
    [
        "GET /api/indicators",
        "GET /api/indicators?board=Children's Services Scrutiny Board&rating=red&period=2010/11 Q3",
        "GET /api/indicators/{ni66}",
        "GET /api/indicators/{ni66}/results",
        "GET /api/summaries?period=2010/11 Q3",
        "GET /api/trackers",
        "GET /api/trackers/{tracker}",
        "GET /api/benchmarks?measure=CP_conf_15days&area=383&period=2023/24",
        "GET /api/funnels?measure=PrevRegCPR&period=2024/25",
        "GET /api/assessments?period=2010/11 Q3",
    ];

    private static readonly string[] Writes = ["POST /api/indicators/{ni66}/results", "PUT /api/indicators/{ni66}/results"];

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string endpoint in Reads.Concat(Writes))
        {
            data.Add(endpoint, Anonymous, Unauthorised);
        }

        foreach (string endpoint in Reads)
        {
            foreach (string who in Everyone)
            {
                data.Add(endpoint, who, Allowed);
            }
        }

        foreach (string endpoint in Writes)
        {
            foreach (string who in Everyone)
            {
                data.Add(endpoint, who, who is WaymarkApp.Administrator or WaymarkApp.DataOfficer ? Allowed : Forbidden);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_ForRole_IsAllowedOrRefused(string endpoint, string who, string expected)
    {
        await app.LoadPublishedFiguresAsync();
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.TokenClientAsync(who);
        string ni66 = (await app.IndicatorIdAsync("NI 66")).ToString(CultureInfo.InvariantCulture);
        string tracker = (await app.WithDbAsync(db => db.Trackers.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync())).ToString(CultureInfo.InvariantCulture);
        string[] parts = endpoint.Split(' ', 2);
        string url = parts[1].Replace("{ni66}", ni66, StringComparison.Ordinal).Replace("{tracker}", tracker, StringComparison.Ordinal);

        HttpResponseMessage response = parts[0] switch
        {
            "GET" => await client.GetAsync(url),
            "POST" => await client.PostAsJsonAsync(url, new { period = "2011/12 Q2", value = 91.0m, commentary = "On track." }),
            _ => await client.PutAsJsonAsync(url, new { period = "2011/12 Q3", value = 91.0m, commentary = "On track." }),
        };

        string outcome = response.StatusCode switch
        {
            HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Conflict => Allowed,
            HttpStatusCode.Forbidden => Forbidden,
            HttpStatusCode.Unauthorized => Unauthorised,
            _ => $"unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}",
        };
        Assert.Equal(expected, outcome);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            Assert.StartsWith("application/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Read_WithTheSessionCookie_IsAllowedAsOnThePages()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Partner);

        HttpResponseMessage response = await client.GetAsync("/api/summaries?period=2010/11 Q3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Read_WithoutSigningIn_Is401NotARedirectToSignIn()
    {
        HttpResponseMessage response = await app.Anonymous().GetAsync("/api/indicators");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
