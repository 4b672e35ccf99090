using System.Globalization;
using System.Text;
using Waymark.Assessments;
using Waymark.Data.Measures;

namespace Waymark.Data.Assessments;

/// <summary>A stored framework version read as the domain's <see cref="AssessmentFramework"/>, and its content written out for comparison.</summary>
public static class AssessmentFrameworkContent
{
    /// <summary>The blocks and rules as one text, so that two versions' content can be compared.</summary>
    public static string Describe(IEnumerable<AssessmentBlockDefinition> blocks, IEnumerable<AssessmentCategoryRule> rules)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder();
        foreach (AssessmentBlockDefinition b in blocks.OrderBy(b => b.Position))
        {
            text.Append(CultureInfo.InvariantCulture, $"block {b.Position} {b.Name} | {b.BlockGroup} | {b.Basis}\n");
            foreach (AssessmentStep s in b.Steps.OrderBy(s => s.Minimum))
            {
                text.Append(CultureInfo.InvariantCulture, $"  step {s.Minimum.ToString("G29", CultureInfo.InvariantCulture)} {s.Score}\n");
            }

            foreach (AssessmentThreshold t in b.Indicators.OrderBy(t => t.Position))
            {
                text.Append(CultureInfo.InvariantCulture, $"  indicator {t.Position} {t.IndicatorId} {t.LowerThreshold.ToString("G29", CultureInfo.InvariantCulture)} {t.UpperThreshold.ToString("G29", CultureInfo.InvariantCulture)} {t.AtThreshold} {t.PointsBottom} {t.PointsMiddle} {t.PointsTop}\n");
            }
        }

        foreach (AssessmentCategoryRule r in rules.OrderBy(r => r.Position))
        {
            text.Append(CultureInfo.InvariantCulture, $"category {r.Position} {r.Category}: {r.Conditions}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The framework as the domain reads it; <paramref name="indicators"/> gives each threshold's indicator (its
    /// code, polarity and decimal places) by id.
    /// </summary>
    public static AssessmentFramework ToDomain(AssessmentFrameworkVersion framework, IReadOnlyDictionary<int, Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(indicators);
        List<FrameworkBlock> blocks = [];
        foreach (AssessmentBlockDefinition b in framework.Blocks.OrderBy(b => b.Position))
        {
            ScoreConversion? conversion = b.Basis is null
                ? null
                : ScoreConversion.Create(b.Basis == "average" ? ScoreBasis.Average : ScoreBasis.Total, [.. b.Steps.Select(s => new ScoreStep(s.Minimum, s.Score))]);
            List<AssessedIndicator> assessed = [];
            foreach (AssessmentThreshold t in b.Indicators.OrderBy(t => t.Position))
            {
                Indicator indicator = indicators[t.IndicatorId];
                ThresholdBoundary boundary = t.AtThreshold == "worse" ? ThresholdBoundary.WorseBand : ThresholdBoundary.BetterBand;
                assessed.Add(new AssessedIndicator(
                    indicator.Code,
                    IndicatorThresholds.Create(indicator.Definition.Polarity, t.LowerThreshold, t.UpperThreshold, boundary),
                    new BandPoints(t.PointsBottom, t.PointsMiddle, t.PointsTop),
                    indicator.Definition.Decimals));
            }

            blocks.Add(new FrameworkBlock(b.Name, b.BlockGroup, assessed, conversion));
        }

        List<CategoryRule> rules = [];
        foreach (AssessmentCategoryRule r in framework.CategoryRules.OrderBy(r => r.Position))
        {
            List<CategoryCondition> conditions = [];
            foreach (string line in r.Conditions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                conditions.Add(CategoryCondition.TryParse(line, out CategoryCondition? condition, out string? problem) ? condition! : throw new InvalidOperationException(problem));
            }

            rules.Add(new CategoryRule(r.Category, conditions));
        }

        return new AssessmentFramework(framework.Name, framework.Version, blocks, rules, framework.NewResultsShare);
    }
}
