using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Contracts;

/// <summary>The catalog finds stored events by name among the contracts, which now also hold Orleans' generated codecs.</summary>
public sealed class EventCatalogTests
{
    [Fact]
    public void A_stored_event_is_read_as_its_contract_and_a_codec_name_as_nothing()
    {
        var referred = new CaseScript().Must(Sample.Refer(Sample.Monday)).Redacted();

        Assert.Equivalent(referred, Assert.IsType<CaseReferred>(EventCatalog.Read(Envelopes.Of(1, "case-1", referred, Sample.Monday))));
        Assert.Null(EventCatalog.Read(Envelopes.Of(2, "case-1", referred, Sample.Monday, type: "Codec_CaseReferred")));
    }
}
