using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Board;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Tests.Board;

/// <summary>
/// The district counts for a suggestion only in the family's town: Holsterhausen is a district of Herne and of Dorsten.
/// A profile with a bare name (saved before districts named their town) counts in every town with that district.
/// </summary>
public sealed class AssignmentSuggestionsTests
{
    private static LotsinLoad Lotsin(string id, params string[] districts) =>
        new(id, id, "Caritas", Availability.OnDuty, 0, 8, ["de"], districts);

    [Fact]
    public void A_Lotsin_working_in_Dorstens_Holsterhausen_is_not_told_to_work_where_a_Herne_family_lives()
    {
        var family = new CaseState { Municipality = "Herne", District = "Holsterhausen", Language = "de" };

        var ranked = AssignmentSuggestions.Rank(family, [Lotsin("dorsten", "Dorsten: Holsterhausen"), Lotsin("herne", "Herne: Holsterhausen"), Lotsin("bare", "Holsterhausen")]);

        Assert.Equal(["bare", "herne", "dorsten"], ranked.Select(s => s.LotsinId)); // equal scores: by name
        Assert.All(ranked.Take(2), s => Assert.Contains("arbeitet in Holsterhausen", s.Reasons));
        Assert.DoesNotContain("arbeitet in Holsterhausen", ranked[2].Reasons);
        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.True(ranked[1].Score > ranked[2].Score);
    }
}
