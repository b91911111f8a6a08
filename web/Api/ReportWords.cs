using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Reports;

namespace HeresHealthy.Web.Api;

/// <summary>The German words of the reports' CSV (the page takes the same from dom.js).</summary>
public static class ReportWords
{
    /// <summary>How the query parameter <c>by</c> names each breakdown.</summary>
    public static IReadOnlyDictionary<string, ReportBreakdown> Breakdowns { get; } = new Dictionary<string, ReportBreakdown>(StringComparer.OrdinalIgnoreCase)
    {
        ["municipality"] = ReportBreakdown.Municipality,
        ["district"] = ReportBreakdown.District,
        ["practiceGroup"] = ReportBreakdown.PracticeGroup,
        ["need"] = ReportBreakdown.Need,
    };

    public static string Breakdown(ReportBreakdown by) => by switch
    {
        ReportBreakdown.Municipality => "Gemeinde",
        ReportBreakdown.District => "Stadtteil",
        ReportBreakdown.PracticeGroup => "Gemeinde der Praxis",
        _ => "Bedarf",
    };

    public static string Need(string need) => Enum.TryParse<NeedCategory>(need, out var category) ? category switch
    {
        NeedCategory.Poverty => "Armut",
        NeedCategory.Language => "Sprache",
        NeedCategory.Addiction => "Sucht",
        NeedCategory.Isolation => "Isolation",
        NeedCategory.MissedCheckUps => "Versäumte Vorsorge",
        NeedCategory.Parenting => "Erziehung",
        NeedCategory.MentalHealth => "Psychische Belastung",
        NeedCategory.Housing => "Wohnen",
        _ => "Sonstiges",
    } : need;

    public static string OfferKind(HelpOfferKind kind) => kind switch
    {
        HelpOfferKind.YouthWelfare => "Jugendamt",
        HelpOfferKind.EarlyHelp => "Frühe Hilfen",
        HelpOfferKind.FamilyMidwife => "Familienhebamme",
        HelpOfferKind.FamilyOffice => "Familienbüro",
        HelpOfferKind.Caritas => "Wohlfahrtsverband",
        HelpOfferKind.ParentingCounselling => "Erziehungsberatung",
        HelpOfferKind.SocialServices => "Soziale Dienste",
        _ => "Elternwerkstatt",
    };

    public static string Outcome(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.GoalsReached => "Ziele erreicht",
        CaseOutcome.HandedOver => "Übergeben",
        CaseOutcome.DeclinedByFamily => "Von Familie abgelehnt",
        CaseOutcome.Unreachable => "Nicht erreichbar",
        CaseOutcome.MovedAway => "Verzogen",
        CaseOutcome.WithdrawnByPractice => "Von Praxis zurückgezogen",
        _ => "Einwilligung widerrufen",
    };
}
