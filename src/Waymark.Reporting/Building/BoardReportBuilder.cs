using System.Globalization;
using Waymark.Assessments;
using Waymark.Cycle;
using Waymark.Data.Areas;
using Waymark.Data.Assessments;
using Waymark.Data.Evaluation;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Disclosure;
using Waymark.Evaluation;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;
using Waymark.Results;
using Waymark.Summaries;
using Waymark.Targets;
using Waymark.Trackers;
using Waymark.Variation;

namespace Waymark.Reporting.Building;

/// <summary>
/// Builds a board's report for a period from the store. Every rating, direction, prediction and summary comes from
/// the domain rules (<see cref="Evaluator"/>, <see cref="RatingSummary"/>); officer-written text comes from
/// <c>report_narratives</c>, and where there is none the text is generated from the figures.
/// </summary>
public static class BoardReportBuilder
{
    public static async Task<ReportBuild> BuildAsync(WaymarkDb db, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ReportData? data = await ReportData.LoadAsync(db, request.Board, request.Period, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            return new ReportBuild(null, $"there is no board '{request.Board.Trim()}' in the store");
        }

        return new ReportBuild(Build(data, request.Period, request.EffectiveContents), null);
    }

    private static BoardReport Build(ReportData data, ReportingPeriod period, ReportContents contents)
    {
        var lines = new LineBuilder(data, period);

        List<Priority> considered = [.. data.Priorities.Where(p => contents.Considers(p.HighRisk))];
        List<TrackerEntry> trackers = [];
        foreach (Priority priority in considered)
        {
            Tracker? tracker = data.Trackers[priority.Id].FirstOrDefault(t => t.Period == period);
            if (tracker is null)
            {
                continue;
            }

            Rating? rating = tracker.AgreedRating;
            if (contents.InFull(rating ?? Rating.NotRated))
            {
                trackers.Add(Tracker(data, lines, priority, tracker, rating));
            }
        }

        var inTrackers = trackers.SelectMany(t => t.Indicators).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        List<IndicatorLine> boardLines = [.. data.BoardIndicators.Select(lines.Line)];

        RatingSummaryTable? summary = null;
        List<HighlightedIndicator> highlights = [];
        List<IndicatorLine> appendix = [];
        if (contents.IndicatorReport)
        {
            // Every indicator relevant to the board is counted; one with no result for the period is unable to traffic light.
            RatingSummary counts = RatingSummary.Of(boardLines.Select(l => l.Rating));
            summary = new RatingSummaryTable(
                [.. RatingSummary.ReportOrder.Select(r => new RatingCount(r, r.ToLabel(), counts.Count(r), counts.Percent(r)))],
                counts.Total,
                boardLines.Count(l => !l.HasResult));
            highlights = Highlights(data, lines, boardLines);
            appendix = [.. boardLines.Where(l => !inTrackers.Contains(l.Code))];
        }

        PriorityProgressTable? progress = Progress(data, period, considered);
        AssessmentTable? assessment = data.Assessed is { } assessed ? Assessment(data.Assessments, assessed) : Assessment(data.Assessments, period);
        var narratives = new Narratives(data, period, summary);
        int held = considered.Count(p => data.Trackers[p.Id].Any(t => t.Period == period));
        string? trackerGap = considered.Count == 0 || trackers.Count > 0
            ? null
            : held == 0
                ? contents.AllPriorityTrackers
                    ? $"No action trackers are held for {period.Label}."
                    : $"No action trackers are held for the high risk improvement priorities for {period.Label}."
                : $"None of the {held} action trackers held for {period.Label} is rated red or amber, so none is reproduced in full.";
        var text = new DefaultText(data, period, summary, trackers, highlights, narratives, trackerGap, boardLines);
        List<string> missing = [];
        if (trackerGap is not null)
        {
            missing.Add(trackerGap);
        }

        if (summary is { } s && s.WithoutResult > 0)
        {
            missing.Add(ReportWords.Held(s) == 0 ? ReportWords.NoResults(s, period.Label) : ReportWords.ResultsHeld(s, period.Label) + ".");
        }
        else if (contents.IndicatorReport && boardLines.Count == 0)
        {
            missing.Add($"No performance indicators are relevant to the {data.Board.Name}.");
        }

        return new BoardReport(
            data.Council.Name,
            data.Board.Name,
            period.ToString(),
            period.Label,
            contents,
            text.FrontSheet(),
            narratives.Text(NarrativeSections.ExecutiveSummary, text.ExecutiveSummary),
            narratives.Text(NarrativeSections.Purpose, text.Purpose),
            new BackgroundSection(
                narratives.Text(NarrativeSections.Background, text.Background),
                [.. data.Meetings.Select(m => new MeetingLine(m.Body, m.Date, m.BoardId == data.Board.Id))],
                text.Appendices(appendix.Count > 0 || contents.IndicatorReport)),
            summary,
            progress,
            highlights,
            assessment,
            narratives.Text(NarrativeSections.Implications, DefaultText.Implications),
            narratives.Text(NarrativeSections.LegalAndResource, DefaultText.LegalAndResource),
            narratives.Text(NarrativeSections.Conclusions, text.Conclusions),
            narratives.Text(NarrativeSections.Recommendations, DefaultText.Recommendations),
            narratives.Lines(NarrativeSections.BackgroundPapers) ?? text.BackgroundPapers(),
            trackers,
            appendix)
        {
            MissingData = missing,
            BoardIndicators = boardLines,
            SmallNumberThreshold = SmallNumberThreshold.Of(data.Council.SmallNumberThreshold),
            Guidance = GuidanceSheet.For(data.BoardIndicators, contents),
        };
    }

    private static TrackerEntry Tracker(ReportData data, LineBuilder lines, Priority priority, Tracker tracker, Rating? rating) => new(
        priority.Code,
        priority.Title,
        data.PlanTitles.GetValueOrDefault(priority.PlanId, string.Empty),
        priority.HighRisk,
        priority.LeadOfficer?.Name,
        priority.AccountableDirector?.Name,
        rating,
        tracker.Direction,
        tracker.State.ToCode(),
        tracker.ContextualUpdate,
        tracker.ChallengesAndRisks,
        [.. tracker.Actions.OrderBy(a => a.Position).Select(a => new TrackerActionLine(a.Description, a.Owner, a.DueDate, a.Progress))],
        [.. data.PriorityIndicators[priority.Id].Where(data.Indicators.ContainsKey).Select(id => data.Indicators[id]).OrderBy(i => i.Id).Select(lines.Line)]);

    private static List<HighlightedIndicator> Highlights(ReportData data, LineBuilder lines, List<IndicatorLine> boardLines)
    {
        var chosen = data.Narratives.Where(n => n.Section == NarrativeSections.Highlight && n.IndicatorId is not null)
            .GroupBy(n => n.IndicatorId!.Value)
            .ToDictionary(g => g.Key, g => g.Last().Text);
        var highlights = new List<HighlightedIndicator>();
        foreach (Indicator indicator in data.BoardIndicators)
        {
            IndicatorLine line = boardLines.Single(l => l.Code == indicator.Code);
            bool underperforming = line.Rating == Rating.Red || line.PredictedRating == Rating.Red;
            bool named = chosen.TryGetValue(indicator.Id, out string? explanation);
            if (!underperforming && !named)
            {
                continue;
            }

            string? words = string.IsNullOrWhiteSpace(explanation) ? line.Commentary : explanation.Trim();
            highlights.Add(new HighlightedIndicator(line, words, lines.Trend(indicator)));
        }

        return highlights;
    }

    private static PriorityProgressTable? Progress(ReportData data, ReportingPeriod period, List<Priority> considered)
    {
        IReadOnlyList<ReportingPeriod> periods = ReportShape.ProgressPeriods(period);
        var rows = new List<PriorityProgressRow>();
        foreach (Priority priority in considered)
        {
            var cells = periods.Select(p => data.Trackers[priority.Id].FirstOrDefault(t => t.Period == p) is { } t
                ? new ProgressCell(t.AgreedRating, t.Direction)
                : null).ToList();
            if (cells.Any(c => c is not null))
            {
                rows.Add(new PriorityProgressRow(priority.Code, priority.Title, priority.HighRisk, cells));
            }
        }

        return rows.Count == 0 ? null : new PriorityProgressTable([.. periods.Select(p => p.ToString())], rows);
    }

    /// <summary>
    /// The table of a framework whose year holds the period: the previous round as recorded, and the framework's round
    /// as its rules predict it. A recorded row that is not a block of the framework keeps its recorded scores, except
    /// the row whose recorded scores are the framework's categories, which takes the category the rules give.
    /// </summary>
    private static AssessmentTable Assessment(List<AssessmentScore> scores, StoredAssessment assessed)
    {
        AssessmentFrameworkVersion framework = assessed.Framework;
        FrameworkAssessment result = assessed.Assessment;
        List<AssessmentScore> recorded = [.. scores.Where(s => Same(s.Framework, framework.Name))];
        List<AssessmentScore> previous = framework.PreviousRound is { } round ? [.. recorded.Where(s => Same(s.Round, round))] : [];
        List<AssessmentScore> current = [.. recorded.Where(s => Same(s.Round, framework.Round))];
        HashSet<string> categories = new(framework.CategoryRules.Select(r => r.Category), StringComparer.OrdinalIgnoreCase);
        Dictionary<string, BlockAssessment> byName = result.Blocks.ToDictionary(b => b.Block.Name, StringComparer.OrdinalIgnoreCase);
        bool hasPrevious = framework.PreviousRound is not null;

        AssessmentCell Recorded(List<AssessmentScore> round, string block, string? source) =>
            round.Find(s => Same(s.Block, block)) is { Score: { } score } found
                ? new AssessmentCell(score, found.CarriedForward) { Source = source }
                : new AssessmentCell(null, false) { Missing = "no score recorded" };

        IReadOnlyList<AssessmentCell> Cells(string block, AssessmentCell now) =>
            hasPrevious ? [Recorded(previous, block, null), now] : [now];

        var rows = new List<AssessmentBlock>();
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool categoryShown = false;
        foreach (AssessmentScore row in (previous.Count > 0 ? previous : current).OrderBy(s => s.Position))
        {
            if (!listed.Add(row.Block))
            {
                continue;
            }

            if (byName.TryGetValue(row.Block, out BlockAssessment? block))
            {
                rows.Add(new AssessmentBlock(block.Block.Group ?? row.BlockGroup, block.Block.Name, Cells(block.Block.Name, Predicted(block))));
            }
            else if (!categoryShown && row.Score is { } named && categories.Contains(named))
            {
                categoryShown = true;
                rows.Add(new AssessmentBlock(row.BlockGroup, row.Block, Cells(row.Block, Category(result))));
            }
            else
            {
                rows.Add(new AssessmentBlock(row.BlockGroup, row.Block, Cells(row.Block, Recorded(current, row.Block, "recorded"))));
            }
        }

        foreach (BlockAssessment block in result.Blocks.Where(b => !listed.Contains(b.Block.Name)))
        {
            rows.Add(new AssessmentBlock(block.Block.Group, block.Block.Name, Cells(block.Block.Name, Predicted(block))));
        }

        if (!categoryShown)
        {
            rows.Add(new AssessmentBlock(null, "Overall category", Cells("Overall category", Category(result))));
        }

        bool provisional = result.Blocks.Any(b => b.PredictedProvisional);
        string illustrative = framework.Illustrative ? " (its thresholds are illustrative)" : string.Empty;
        string carried = hasPrevious ? $"carried forward from {framework.PreviousRound} (provisional)" : "carried forward (provisional)";
        string basis = (hasPrevious ? $"{framework.PreviousRound} as recorded; " : string.Empty)
            + $"{framework.Round} predicted by the rules of {framework.Name} {framework.Version}{illustrative} from results up to {assessed.Period.Label}: "
            + $"each score says whether it is computed from the indicators, {carried} or entered from an inspection";
        List<AssessmentRound> rounds = hasPrevious
            ? [new AssessmentRound(framework.PreviousRound!, previous.Exists(s => s.Provisional)), new AssessmentRound(framework.Round, provisional)]
            : [new AssessmentRound(framework.Round, provisional)];
        return new AssessmentTable(framework.Name, rounds, rows)
        {
            Basis = basis,
            Notes =
            [
                .. result.Blocks.Where(b => b.PredictedReason is not null).Select(b => $"{b.Block.Name}: {b.PredictedReason}"),
                .. result.Blocks.Where(b => b.PredictedScore is not null && AssessmentText.PredictionGap(b) is not null)
                    .Select(b => $"{b.Block.Name}, predicted score: {AssessmentText.PredictionGap(b)}."),
            ],
        };
    }

    private static AssessmentCell Predicted(BlockAssessment block) => block.PredictedScore is { } score
        ? new AssessmentCell(score.ToString(CultureInfo.InvariantCulture), block.PredictedState == BlockScoreState.CarriedForward)
        {
            Source = block.PredictedState == BlockScoreState.CarriedForward ? null : AssessmentText.State(block.PredictedState),
        }
        : new AssessmentCell(null, false) { Missing = AssessmentText.PredictionGap(block) ?? "no prediction" };

    private static AssessmentCell Category(FrameworkAssessment result) => result.PredictedCategory is { } category
        ? new AssessmentCell(category, false) { Source = "computed from the blocks" }
        : new AssessmentCell(null, false) { Missing = "no category: no rule holds" };

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static AssessmentTable? Assessment(List<AssessmentScore> scores, ReportingPeriod period)
    {
        var rounds = scores.GroupBy(s => (s.Framework, s.Round))
            .Select(g => (g.Key.Framework, g.Key.Round, Year: RoundYear(g.Key.Round), Scores: g.OrderBy(s => s.Position).ToList()))
            .Where(r => r.Year is not null)
            .ToList();
        var current = rounds.Find(r => r.Year == period.Year);
        if (current.Scores is null)
        {
            return null;
        }

        var previous = rounds.Where(r => r.Framework == current.Framework && r.Year < current.Year).OrderBy(r => r.Year).LastOrDefault();
        var shown = previous.Scores is null ? [current] : new[] { previous, current }.ToList();
        var blocks = current.Scores
            .Select(s => new AssessmentBlock(
                s.BlockGroup,
                s.Block,
                [.. shown.Select(r => r.Scores.Find(x => x.Block == s.Block) is { } x ? new AssessmentCell(x.Score, x.CarriedForward) : new AssessmentCell(null, false))]))
            .ToList();
        return new AssessmentTable(
            current.Framework,
            [.. shown.Select(r => new AssessmentRound(r.Round, r.Scores.Exists(s => s.Provisional)))],
            blocks);
    }

    private static int? RoundYear(string round)
    {
        string trimmed = round.TrimEnd();
        return trimmed.Length >= 4 && int.TryParse(trimmed.AsSpan(trimmed.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            ? year
            : null;
    }

    /// <summary>Evaluates indicators for the report's period and finds their comparators.</summary>
    private sealed class LineBuilder(ReportData data, ReportingPeriod period)
    {
        private readonly Dictionary<int, IndicatorLine> made = [];

        private readonly Dictionary<int, EvaluatedIndicator> evaluated =
            StoredEvaluations.Evaluate([.. data.Indicators.Values], period, data.Results.SelectMany(r => r), data.Targets).ToDictionary(e => e.Indicator.Id);

        public IndicatorLine Line(Indicator indicator)
        {
            if (made.TryGetValue(indicator.Id, out IndicatorLine? line))
            {
                return line;
            }

            (_, Result? stored, IndicatorEvaluation e) = evaluated[indicator.Id];
            string? priority = data.Priorities.Find(p => data.PriorityIndicators[p.Id].Contains(indicator.Id))?.Code;
            line = new IndicatorLine(
                indicator.Code,
                indicator.Definition.Title,
                Indicators.IndicatorCodes.ToCode(indicator.Definition.Unit),
                Indicators.IndicatorCodes.ToCode(indicator.Definition.Polarity),
                indicator.Definition.Decimals,
                priority,
                e.Value,
                e.Target?.Value,
                e.Rating.Rating,
                e.Rating.Reason?.ToLabel(),
                e.Direction,
                e.PreviousValue,
                e.Forecast?.Value,
                e.Forecast?.Basis.ToString().ToLowerInvariant(),
                e.AnnualTarget,
                e.PredictedRating.Rating,
                Comparators(indicator),
                stored?.DataQuality == DataQuality.Withheld,
                stored?.Provisional ?? false,
                stored?.Commentary,
                stored is not null,
                indicator.Definition.Text);
            XmrChart chart = StoredVariation.Chart(
                indicator, data.Results[indicator.Id].Where(r => r.Period.End <= period.End), Schedule(indicator), data.SeriesBreaks[indicator.Id]);
            line = line with
            {
                Variation = ReportWords.Icons(chart),
                SpecialCauseOfConcern = chart.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow,
            };
            made[indicator.Id] = line;
            return line;
        }

        public List<TrendPoint> Trend(Indicator indicator)
        {
            var definition = indicator.ToDefinition();
            var results = data.Results[indicator.Id].ToDictionary(r => r.Period);
            TargetSchedule schedule = Schedule(indicator);
            var points = new List<TrendPoint>();
            foreach (ReportingPeriod p in ReportShape.TrendPeriodsEnding(period))
            {
                decimal? value = results.GetValueOrDefault(p)?.ToDomain() is { IsJudgeable: true } r ? r.Value : null;
                ReportingPeriod year = p.ContainingYear(definition.YearType);
                var point = new TrendPoint(
                    p.ToString(),
                    value,
                    schedule.For(definition, p)?.Value,
                    Exact(indicator, AreaKinds.England, p, year),
                    Exact(indicator, AreaKinds.Region, p, year),
                    Exact(indicator, AreaKinds.StatisticalNeighbours, p, year));
                if (point.Value is not null || point.England is not null || point.Region is not null || point.Neighbours is not null)
                {
                    points.Add(point);
                }
            }

            return points;
        }

        private TargetSchedule Schedule(Indicator indicator) => data.Targets.GetValueOrDefault(indicator.Id, TargetSchedule.Empty);

        private Comparators Comparators(Indicator indicator) => new(
            Latest(indicator, AreaKinds.England),
            Latest(indicator, AreaKinds.Region),
            Latest(indicator, AreaKinds.StatisticalNeighbours));

        private IEnumerable<AreaValue> Of(Indicator indicator, string kind)
        {
            var values = data.AreaValues[indicator.Id]
                .Where(v => v.Value is not null && data.Areas.TryGetValue(v.AreaId, out Area? a) && a.Kind == kind);
            if (kind != AreaKinds.Region)
            {
                return values;
            }

            // The council's own region; when the store does not know it, the one region with figures.
            if (data.CouncilArea?.RegionId is int region)
            {
                return values.Where(v => v.AreaId == region);
            }

            var regions = values.Select(v => v.AreaId).Distinct().ToList();
            return regions.Count == 1 ? values : [];
        }

        private ComparatorValue? Latest(Indicator indicator, string kind)
        {
            AreaValue? latest = Of(indicator, kind)
                .OrderBy(v => v.PeriodStart).ThenBy(v => v.Period == period ? 1 : 0)
                .LastOrDefault();
            return latest is null ? null : new ComparatorValue(data.Areas[latest.AreaId].Name, latest.Period.ToString(), latest.Value!.Value);
        }

        private decimal? Exact(Indicator indicator, string kind, ReportingPeriod p, ReportingPeriod year)
        {
            var values = Of(indicator, kind).ToList();
            return (values.Find(v => v.Period == p) ?? values.Find(v => v.Period == year))?.Value;
        }
    }
}
