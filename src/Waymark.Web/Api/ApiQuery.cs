using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Web.Performance;

namespace Waymark.Web.Api;

/// <summary>Reads the query parameters the endpoints share.</summary>
public static class ApiQuery
{
    /// <summary>The period asked for, else the one the pages show when none is chosen; or the problem with it.</summary>
    public static async Task<(ReportingPeriod? Period, IResult? Problem)> PeriodAsync(WaymarkDb db, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (await Evaluations.DefaultPeriodAsync(db, cancellationToken), null);
        }

        return ReportingPeriod.TryParse(text.Trim(), out ReportingPeriod period, out string? error)
            ? (period, null)
            : (null, ApiProblems.Invalid("period", error));
    }

    /// <summary>A board by its id or name; or the problem with it.</summary>
    public static async Task<(int? Id, IResult? Problem)> BoardAsync(WaymarkDb db, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var boards = await db.Boards.AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken);
        string given = text.Trim();
        var board = boards.FirstOrDefault(b => b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == given)
            ?? boards.FirstOrDefault(b => string.Equals(b.Name, given, StringComparison.OrdinalIgnoreCase));
        return board is null
            ? (null, ApiProblems.Invalid("board", $"There is no board '{given}': give its id or its name, one of {string.Join(", ", boards.Select(b => b.Name).Order(StringComparer.Ordinal))}"))
            : (board.Id, null);
    }

    /// <summary>A priority by its id or code; or the problem with it.</summary>
    public static async Task<(int? Id, IResult? Problem)> PriorityAsync(WaymarkDb db, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var priorities = await db.Priorities.AsNoTracking().Select(p => new { p.Id, p.Code }).ToListAsync(cancellationToken);
        string given = text.Trim();
        var priority = priorities.FirstOrDefault(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == given)
            ?? priorities.FirstOrDefault(p => string.Equals(p.Code, given, StringComparison.OrdinalIgnoreCase));
        return priority is null
            ? (null, ApiProblems.Invalid("priority", $"There is no priority '{given}': give its id or its code, such as HW-1d/CYPP 7"))
            : (priority.Id, null);
    }
}
