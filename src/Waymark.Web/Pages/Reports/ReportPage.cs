using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Cycle;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Reports;

/// <summary>A page about one board's report for one period: the choice of board, period and contents, read from the address.</summary>
public abstract class ReportPage(WaymarkDb db) : FormPage
{
    public const string CycleContents = "cycle";

    [BindProperty(SupportsGet = true)]
    public string? Board { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Contents { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AllTrackers { get; set; }

    public IReadOnlyList<string> Boards { get; private set; } = [];

    protected WaymarkDb Db => db;

    /// <summary>The query values that name this report, for links, forms and redirects to the report's pages.</summary>
    public Dictionary<string, string> ReportValues(params (string Name, string Value)[] extra)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["board"] = Board ?? string.Empty,
            ["period"] = Period ?? string.Empty,
            ["contents"] = Contents ?? CycleContents,
        };
        if (AllTrackers)
        {
            values["allTrackers"] = "true";
        }

        foreach ((string name, string value) in extra)
        {
            values[name] = value;
        }

        return values;
    }

    /// <summary>Fills in the choices, with the first board and the latest period with results when none is given.</summary>
    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).Select(b => b.Name).ToListAsync(cancellationToken);
        Board ??= Boards.Count == 0 ? null : Boards[0];
        Period ??= (await Evaluations.DefaultPeriodAsync(db, cancellationToken))?.ToString();
        Contents ??= CycleContents;
    }

    /// <summary>The request the choices make, or null with the errors recorded.</summary>
    protected ReportRequest? Chosen()
    {
        string? board = Boards.FirstOrDefault(b => string.Equals(b, Board?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (board is null)
        {
            AddError(nameof(Board), "board", string.IsNullOrWhiteSpace(Board) ? "Select a board" : $"There is no board called {Board}");
        }

        ReportingPeriod period = default;
        if (string.IsNullOrWhiteSpace(Period))
        {
            AddError(nameof(Period), "period", "Enter a period, such as 2010/11 Q3");
        }
        else if (!ReportingPeriod.TryParse(Period, out period, out string? error))
        {
            AddError(nameof(Period), "period", $"Enter a period like 2010/11 Q3: {error}");
        }

        ReportContents? contents = Contents switch
        {
            null or CycleContents => null,
            "indicators" => new ReportContents(IndicatorReport: true, AllPriorityTrackers: false, AllTrackersInFull: false),
            "trackers" => new ReportContents(IndicatorReport: false, AllPriorityTrackers: true, AllTrackersInFull: false),
            "both" => new ReportContents(IndicatorReport: true, AllPriorityTrackers: true, AllTrackersInFull: false),
            _ => Invalid(),
        };
        if (!ModelState.IsValid)
        {
            return null;
        }

        Board = board;
        Period = period.ToString();
        return new ReportRequest(board!, period, contents, AllTrackers);

        ReportContents? Invalid()
        {
            AddError(nameof(Contents), "contents", "Select what the report holds");
            return null;
        }
    }

    /// <summary>The report built from today's data, or null with the errors recorded.</summary>
    protected async Task<BoardReport?> BuildAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Chosen() is not { } request)
        {
            return null;
        }

        ReportBuild build = await BoardReportBuilder.BuildAsync(db, request, cancellationToken);
        if (!build.Succeeded)
        {
            AddError(nameof(Board), "board", build.Error);
            return null;
        }

        return build.Report;
    }
}
