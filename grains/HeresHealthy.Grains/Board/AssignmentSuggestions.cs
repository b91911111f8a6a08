using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Board;

/// <summary>Ranks Lotsinnen for a case by district, language and free capacity; away or full ones come last, needing an override.</summary>
public static class AssignmentSuggestions
{
    public static IReadOnlyList<AssignmentSuggestion> Rank(CaseState @case, IEnumerable<LotsinLoad> lotsinnen) =>
        [.. lotsinnen.Select(l => Score(@case, l))
            .OrderBy(s => s.NeedsOverride)
            .ThenByDescending(s => s.Score)
            .ThenByDescending(s => s.FreeCapacity)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];

    private static AssignmentSuggestion Score(CaseState @case, LotsinLoad lotsin)
    {
        var reasons = new List<string>();
        var score = 0.0;
        if (lotsin.Districts.Any(area => WorkArea.Covers(area, @case.Municipality, @case.District)))
        {
            score += 3;
            reasons.Add($"arbeitet in {@case.District}");
        }

        if (@case.Language is { Length: > 0 } language && lotsin.Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            score += 2;
            reasons.Add($"spricht {GermanWords.Language(language)}");
        }

        var free = Math.Max(0, lotsin.Capacity - lotsin.Active);
        if (lotsin.Capacity > 0)
        {
            score += 2.0 * free / lotsin.Capacity;
            reasons.Add($"{free} von {lotsin.Capacity} Plätzen frei");
        }

        if (@case.DeclinedBy.Contains(lotsin.LotsinId))
        {
            score -= 2;
            reasons.Add("hat diesen Fall schon abgelehnt");
        }

        var needsOverride = lotsin.Availability == Availability.Away || free == 0;
        if (lotsin.Availability == Availability.Away)
        {
            reasons.Add("abwesend");
        }

        return new AssignmentSuggestion(lotsin.LotsinId, lotsin.Name, Math.Round(score, 2), reasons, free, needsOverride);
    }
}
