using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Trackers;

namespace Waymark.Web.Tests.Security;

/// <summary>Every page and action for every role: allowed, forbidden (403) or sent to sign in.</summary>
public sealed class AuthorisationMatrixTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    public const string Allowed = "allowed";
    public const string Forbidden = "forbidden";
    public const string SignIn = "sign in";
    public const string Anonymous = "anonymous";

    /// <summary>Pages read by URL; {ni66} is an indicator Sam Patel (data officer) owns, {tracker} an agreed tracker.</summary>
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", Anonymous, Allowed },
        { "/", WaymarkApp.Administrator, Allowed },
        { "/", WaymarkApp.DataOfficer, Allowed },
        { "/", WaymarkApp.AccountableOfficer, Allowed },
        { "/", WaymarkApp.Director, Allowed },
        { "/", WaymarkApp.Member, Allowed },
        { "/", WaymarkApp.Partner, Allowed },
        { "/indicators", Anonymous, SignIn },
        { "/indicators", WaymarkApp.Administrator, Allowed },
        { "/indicators", WaymarkApp.DataOfficer, Allowed },
        { "/indicators", WaymarkApp.AccountableOfficer, Allowed },
        { "/indicators", WaymarkApp.Director, Allowed },
        { "/indicators", WaymarkApp.Member, Allowed },
        { "/indicators", WaymarkApp.Partner, Allowed },
        { "/indicators/{ni66}", Anonymous, SignIn },
        { "/indicators/{ni66}", WaymarkApp.Administrator, Allowed },
        { "/indicators/{ni66}", WaymarkApp.DataOfficer, Allowed },
        { "/indicators/{ni66}", WaymarkApp.AccountableOfficer, Allowed },
        { "/indicators/{ni66}", WaymarkApp.Director, Allowed },
        { "/indicators/{ni66}", WaymarkApp.Member, Allowed },
        { "/indicators/{ni66}", WaymarkApp.Partner, Allowed },
        { "/indicators/{ni66}/return", Anonymous, SignIn },
        { "/indicators/{ni66}/return", WaymarkApp.Administrator, Allowed },
        { "/indicators/{ni66}/return", WaymarkApp.DataOfficer, Allowed },
        { "/indicators/{ni66}/return", WaymarkApp.OtherDataOfficer, Forbidden },
        { "/indicators/{ni66}/return", WaymarkApp.AccountableOfficer, Forbidden },
        { "/indicators/{ni66}/return", WaymarkApp.Director, Forbidden },
        { "/indicators/{ni66}/return", WaymarkApp.Member, Forbidden },
        { "/indicators/{ni66}/return", WaymarkApp.Partner, Forbidden },
        { "/trackers", Anonymous, SignIn },
        { "/trackers", WaymarkApp.Administrator, Allowed },
        { "/trackers", WaymarkApp.DataOfficer, Allowed },
        { "/trackers", WaymarkApp.AccountableOfficer, Allowed },
        { "/trackers", WaymarkApp.Director, Allowed },
        { "/trackers", WaymarkApp.Member, Allowed },
        { "/trackers", WaymarkApp.Partner, Allowed },
        { "/trackers/{tracker}", Anonymous, SignIn },
        { "/trackers/{tracker}", WaymarkApp.Administrator, Allowed },
        { "/trackers/{tracker}", WaymarkApp.DataOfficer, Allowed },
        { "/trackers/{tracker}", WaymarkApp.AccountableOfficer, Allowed },
        { "/trackers/{tracker}", WaymarkApp.Director, Allowed },
        { "/trackers/{tracker}", WaymarkApp.Member, Allowed },
        { "/trackers/{tracker}", WaymarkApp.Partner, Allowed },
        { "/assessments", Anonymous, SignIn },
        { "/assessments", WaymarkApp.Administrator, Allowed },
        { "/assessments", WaymarkApp.DataOfficer, Allowed },
        { "/assessments", WaymarkApp.AccountableOfficer, Allowed },
        { "/assessments", WaymarkApp.Director, Allowed },
        { "/assessments", WaymarkApp.Member, Allowed },
        { "/assessments", WaymarkApp.Partner, Allowed },
    };

    /// <summary>
    /// Changes, posted with a valid antiforgery token: a return for NI 66, starting the next tracker of HW-1d/CYPP 7
    /// (led by Helen Carter), and agreeing a tracker of it (Catherine Walsh is its director). A forbidden post must
    /// be refused before anything is checked or saved.
    /// </summary>
    public static TheoryData<string, string, string> Actions => new()
    {
        { "return", Anonymous, SignIn },
        { "return", WaymarkApp.Administrator, Allowed },
        { "return", WaymarkApp.DataOfficer, Allowed },
        { "return", WaymarkApp.OtherDataOfficer, Forbidden },
        { "return", WaymarkApp.AccountableOfficer, Forbidden },
        { "return", WaymarkApp.Director, Forbidden },
        { "return", WaymarkApp.Member, Forbidden },
        { "return", WaymarkApp.Partner, Forbidden },
        { "start-tracker", Anonymous, SignIn },
        { "start-tracker", WaymarkApp.Administrator, Forbidden },
        { "start-tracker", WaymarkApp.DataOfficer, Forbidden },
        { "start-tracker", WaymarkApp.OtherAccountableOfficer, Forbidden },
        { "start-tracker", WaymarkApp.Director, Forbidden },
        { "start-tracker", WaymarkApp.Member, Forbidden },
        { "start-tracker", WaymarkApp.Partner, Forbidden },
        { "start-tracker", WaymarkApp.AccountableOfficer, Allowed },
        { "agree-tracker", Anonymous, SignIn },
        { "agree-tracker", WaymarkApp.Administrator, Forbidden },
        { "agree-tracker", WaymarkApp.DataOfficer, Forbidden },
        { "agree-tracker", WaymarkApp.AccountableOfficer, Forbidden },
        { "agree-tracker", WaymarkApp.Member, Forbidden },
        { "agree-tracker", WaymarkApp.Partner, Forbidden },
        { "submit-tracker", WaymarkApp.Director, Forbidden },
        { "submit-tracker", WaymarkApp.OtherAccountableOfficer, Forbidden },
        { "submit-tracker", WaymarkApp.Member, Forbidden },
    };

    /// <summary>
    /// The board report's pages: previews and downloads for every signed-in role, its text and publishing for the
    /// administrator only, and published reports ({published}) for anyone, signed in or not.
    /// </summary>
    public static TheoryData<string, string, string> ReportPages
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            string[] everyone = [Anonymous, WaymarkApp.Administrator, WaymarkApp.DataOfficer, WaymarkApp.AccountableOfficer, WaymarkApp.Director, WaymarkApp.Member, WaymarkApp.Partner];
            foreach (string who in everyone)
            {
                string signedIn = who == Anonymous ? SignIn : Allowed;
                string administrator = who == Anonymous ? SignIn : who == WaymarkApp.Administrator ? Allowed : Forbidden;
                data.Add("/reports", who, signedIn);
                data.Add("/reports/preview" + ReportQuery, who, signedIn);
                data.Add("/reports/download" + ReportQuery + "&format=csv", who, signedIn);
                data.Add("/reports/narrative" + ReportQuery + "&section=conclusions", who, administrator);
                data.Add("/reports/publish" + ReportQuery, who, administrator);
                data.Add("/reports/published", who, Allowed);
                data.Add("/reports/published/{published}", who, Allowed);
                data.Add("/reports/published/{published}/html", who, Allowed);
                data.Add("/reports/published/{published}/csv", who, Allowed);
                data.Add("/reports/published/{published}/changes", who, signedIn);
            }

            return data;
        }
    }

    /// <summary>Saving a section of the report's text, and publishing the report: the administrator's alone.</summary>
    public static TheoryData<string, string, string> ReportActions
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (string who in (string[])[Anonymous, WaymarkApp.Administrator, WaymarkApp.DataOfficer, WaymarkApp.AccountableOfficer, WaymarkApp.Director, WaymarkApp.Member, WaymarkApp.Partner])
            {
                string expected = who == Anonymous ? SignIn : who == WaymarkApp.Administrator ? Allowed : Forbidden;
                data.Add("narrative", who, expected);
                data.Add("publish", who, expected);
            }

            return data;
        }
    }

    private const string ReportQuery = "?board=Children%27s%20Services%20Scrutiny%20Board&period=2010%2F11%20Q3";

    [Theory]
    [MemberData(nameof(ReportPages))]
    public async Task ReportPage_ForRole_IsAllowedOrRefused(string page, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);
        string url = page.Replace("{published}", (await app.PublicationAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        HttpResponseMessage response = await client.GetAsync(url);

        Assert.Equal(expected, Outcome(response));
    }

    [Theory]
    [MemberData(nameof(ReportActions))]
    public async Task ReportAction_ForRole_IsAllowedOrRefused(string action, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);
        string tokenPage = who == Anonymous ? "/sign-in" : "/reports";
        HttpResponseMessage response = action switch
        {
            "narrative" => await client.PostFormAsync(tokenPage, "/reports/narrative" + ReportQuery + "&section=conclusions", new() { ["Text"] = "The Board is asked to note the report." }),
            _ => await client.PostFormAsync(tokenPage, "/reports/publish" + ReportQuery + "&contents=indicators", []),
        };

        Assert.Equal(expected, Outcome(response));
        if (expected != Allowed)
        {
            Assert.False(await app.WithDbAsync(async db => await db.ReportNarratives.AnyAsync(n => n.WrittenBy == who) || await db.PublishedReports.AnyAsync(r => r.PublishedBy == who)));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ForRole_IsAllowedOrRefused(string page, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);
        string url = page
            .Replace("{ni66}", (await app.IndicatorIdAsync("NI 66")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{tracker}", (await AgreedTrackerAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        HttpResponseMessage response = await client.GetAsync(url);

        Assert.Equal(expected, Outcome(response));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_ForRole_IsAllowedOrRefused(string action, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);
        string ni66 = (await app.IndicatorIdAsync("NI 66")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        int tracker = await AgreedTrackerAsync();
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());

        // The token comes from a page every signed-in user can read (the layout's sign-out form).
        string tokenPage = who == Anonymous ? "/sign-in" : "/trackers";
        HttpResponseMessage response = action switch
        {
            "return" => await client.PostFormAsync(tokenPage, $"/indicators/{ni66}/return", new()
            {
                ["Period"] = "2011/12 Q1",
                ["Value"] = "91.0",
                ["DataQuality"] = "ok",
                ["Commentary"] = "On track.",
            }),
            "start-tracker" => await client.PostFormAsync(tokenPage, "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            "agree-tracker" => await client.PostFormAsync(tokenPage, $"/trackers/{tracker}?handler=Agree", new() { ["Version"] = "0" }),
            _ => await client.PostFormAsync(tokenPage, $"/trackers/{tracker}?handler=Submit", new() { ["Version"] = "0" }),
        };

        Assert.Equal(expected, Outcome(response));
    }

    private Task<int> AgreedTrackerAsync() => app.WithDbAsync(db => db.Trackers
        .Where(t => t.State == TrackerState.Agreed && db.Priorities.Any(p => p.Id == t.PriorityId && p.Code == "HW-1d/CYPP 7"))
        .OrderBy(t => t.PeriodStart).Select(t => t.Id).FirstAsync());

    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden => Forbidden,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/sign-in?", StringComparison.Ordinal) == true => SignIn,
        HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Conflict => Allowed,
        _ => $"unexpected {(int)response.StatusCode}",
    };
}
