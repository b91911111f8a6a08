using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Network;

namespace HeresHealthy.Grains.Demo;

/// <summary>Registers the demo network and a few cases in different states. Idempotent: fixed ids and command ids.</summary>
public static class DemoSeeder
{
    public static async Task SeedAsync(IGrainFactory grains, DemoNetwork demo, DateTimeOffset now)
    {
        // Through the network's set-up, so that the admin page lists the demo's practices and Lotsinnen.
        var network = grains.GetGrain<INetworkGrain>(DemoNetwork.Network);
        foreach (var practice in demo.Practices)
        {
            Accepted(await network.SavePracticeAsync($"demo-praxis-{practice.Id}", practice), practice.Name);
        }

        foreach (var offer in demo.HelpOffers)
        {
            await grains.GetGrain<IHelpOfferDirectoryGrain>(DemoNetwork.Network).RegisterAsync(offer);
        }

        for (var i = 0; i < demo.Lotsinnen.Count; i++)
        {
            var lotsin = grains.GetGrain<ILotsinGrain>(demo.Lotsinnen[i].Id);
            Accepted(await network.SaveLotsinAsync($"demo-lotsin-{demo.Lotsinnen[i].Id}", demo.Lotsinnen[i]), demo.Lotsinnen[i].Name);
            await lotsin.SetAvailabilityAsync($"demo-availability-{i}", i == 3 ? Availability.Away : i % 2 == 0 ? Availability.OnDuty : Availability.OffDuty);
        }

        for (var i = 0; i < demo.Families.Count; i++)
        {
            await SeedCaseAsync(grains, demo, i, now, now.AddDays(-i - 1));
        }

        await DemoWorkshops.SeedAsync(grains.GetGrain<IKioskGrain>(DemoNetwork.Network), Domain.GermanTime.DateOf(now));
    }

    private static void Accepted(SetupResult saved, string name)
    {
        if (!saved.Result.Accepted)
        {
            throw new InvalidOperationException($"The demo network refused {name}: {saved.Result.Refusal?.Message}");
        }
    }

    private static async Task SeedCaseAsync(IGrainFactory grains, DemoNetwork demo, int i, DateTimeOffset now, DateTimeOffset referredAt)
    {
        var practice = demo.Practices[i % demo.Practices.Count];
        var family = demo.Families[i];
        var caseId = $"demo-fall-{i + 1:00}";
        var grain = grains.GetGrain<IFamilyCaseGrain>(caseId);
        var lotsin = demo.Lotsinnen[i % 3 == 0 ? 0 : i % 3 == 1 ? 2 : 4];
        var practiceActor = new Actor(ActorRole.Practice, practice.Id, DemoNetwork.Network);
        var lotsinActor = new Actor(ActorRole.Lotsin, lotsin.Id, DemoNetwork.Network);
        var coordinator = new Actor(ActorRole.Coordinator, "koordination", DemoNetwork.Network);
        NeedCategory[] needs = [(NeedCategory)(i % 9), (NeedCategory)((i + 3) % 9)];
        var consent = new Consent(family.GuardianName, referredAt.AddMinutes(-10), [Consent.Lotsendienst],
            [ConsentPurpose.Referral, ConsentPurpose.FeedbackToPractice], referredAt.AddYears(1));
        var district = DemoPlaces.Districts[practice.Municipality][i % DemoPlaces.Districts[practice.Municipality].Length];
        var steps = new List<CaseCommand>
        {
            new Refer($"{caseId}-refer", practiceActor, DemoNetwork.Network, practice.Municipality, district, needs, family, consent, i == 9, "Demo-Fall"),
        };
        if (i is >= 2 and < 9)
        {
            steps.Add(new Assign($"{caseId}-assign", coordinator, lotsin.Id));
        }

        if (i is >= 4 and < 9)
        {
            steps.Add(new Accept($"{caseId}-accept", lotsinActor));
            steps.Add(new RecordContactAttempt($"{caseId}-contact", lotsinActor, true, "Mutter telefonisch erreicht."));
            steps.Add(new SendFeedback($"{caseId}-feedback", lotsinActor, FeedbackKind.FirstContact, "Erstes Treffen im Familienkiosk vereinbart."));
            steps.Add(new ScheduleAppointment($"{caseId}-termin", lotsinActor, Domain.GermanTime.At(Domain.GermanTime.DateOf(now).AddDays(i % 3), new TimeOnly(9 + i, 30)), "Familienkiosk Herne", true));
            steps.Add(new SetDisplayName($"{caseId}-name", lotsinActor, $"Familie {family.GuardianName.Split(' ')[^1][0]}."));
        }

        if (i is >= 6 and < 9)
        {
            steps.Add(new RecordFirstMeeting($"{caseId}-meeting", lotsinActor));
            steps.Add(new ReferOnward($"{caseId}-onward", lotsinActor, "fruehe-hilfen-herne"));
        }

        if (i == 8)
        {
            steps.Add(new Close($"{caseId}-close", lotsinActor, CaseOutcome.HandedOver, "Familie ist bei den Frühen Hilfen angebunden."));
        }

        foreach (var step in steps)
        {
            var result = await grain.ExecuteAsync(step);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"Demo step {step.CommandId} was refused: {result.Refusal?.Message}");
            }
        }
    }
}
