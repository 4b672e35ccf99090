using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Reporting.Building;

/// <summary>Stores an officer's text for a section of a board's report, replacing what was there; empty text removes it.</summary>
public static class NarrativeStore
{
    /// <summary>Saves the text, or returns why it cannot (an unknown board, section or indicator) in words for the person who typed it.</summary>
    public static async Task<string?> SaveAsync(
        WaymarkDb db, string board, ReportingPeriod period, string section, string? indicator, string text, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(clock);
        string name = section.Trim().ToLowerInvariant();
        if (!NarrativeSections.All.Contains(name))
        {
            return $"--section: '{section}' is not a section of the report; use one of {string.Join(", ", NarrativeSections.All)}";
        }

        if ((name == NarrativeSections.Highlight) != (indicator is not null))
        {
            return name == NarrativeSections.Highlight
                ? "--indicator: a highlight is about an indicator; name it, such as --indicator \"NI 66\""
                : $"--indicator: only a highlight is about an indicator, not {name}";
        }

        var boards = await db.Boards.AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        int? boardId = boards.Find(b => string.Equals(b.Name, board.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
        if (boardId is null)
        {
            return $"--board: there is no board '{board.Trim()}' in the store";
        }

        int? indicatorId = null;
        if (indicator is not null)
        {
            var indicators = await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.Code }).ToListAsync(cancellationToken).ConfigureAwait(false);
            indicatorId = indicators.Find(i => string.Equals(i.Code, indicator.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
            if (indicatorId is null)
            {
                return $"--indicator: there is no indicator '{indicator.Trim()}' in the store";
            }
        }

        List<ReportNarrative> existing = await db.ReportNarratives
            .Where(n => n.BoardId == boardId && n.Period == period && n.Section == name && n.IndicatorId == indicatorId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        db.ReportNarratives.RemoveRange(existing);
        if (text.Trim().Length > 0)
        {
            db.ReportNarratives.Add(new ReportNarrative
            {
                BoardId = boardId.Value,
                Period = period,
                Section = name,
                IndicatorId = indicatorId,
                Text = text.Trim(),
                WrittenBy = db.Actor,
                WrittenAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }
}
