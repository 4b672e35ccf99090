using System.Net;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Publishing;
using Waymark.Reporting.Writers;
using Waymark.Web.Reports;

namespace Waymark.Web.Tests;

/// <summary>
/// The web application served in memory by the shared <see cref="WaymarkHost"/>; every demo user is given
/// <see cref="WaymarkHost.Password"/> before the first sign-in, so that tests can sign in as anyone.
/// </summary>
public class WaymarkApp() : WaymarkHost("waymark-web-")
{
    public const string Administrator = People.Administrator;
    public const string DataOfficer = People.DataOfficer;
    public const string OtherDataOfficer = People.OtherDataOfficer;
    public const string AccountableOfficer = People.AccountableOfficer;
    public const string OtherAccountableOfficer = People.OtherAccountableOfficer;
    public const string Director = People.Director;
    public const string Member = People.Member;
    public const string Partner = People.Partner;

    /// <summary>A client that keeps cookies and does not follow redirects, over HTTPS so that secure cookies are sent.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        await SetPasswordsAsync();
        HttpClient client = Anonymous();
        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} gave {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public Task<int> IndicatorIdAsync(string code) => WithDbAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    public const string Board = "Children's Services Scrutiny Board";

    /// <summary>The id of a published report (the first publication), publishing the 2010/11 Q3 report as HTML and CSV when none is.</summary>
    public Task<int> PublicationAsync() => WithDbAsync(async db =>
    {
        if (await db.PublishedReports.OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync() is int id)
        {
            return id;
        }

        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(Board, ReportingPeriod.Parse("2010/11 Q3")));
        var clock = new PublishingClock(new DateTimeOffset(2011, 2, 1, 9, 0, 0, TimeSpan.Zero));
        int first = 0;
        foreach (ReportFormat format in (ReportFormat[])[ReportFormat.Html, ReportFormat.Csv])
        {
            byte[] content = await ReportWriter.RenderAsync(build.Report!, format);
            PublishedReport stored = await ReportPublisher.PublishAsync(db, build.Report!, format, content, clock);
            first = first == 0 ? stored.Id : first;
        }

        return first;
    });
}
