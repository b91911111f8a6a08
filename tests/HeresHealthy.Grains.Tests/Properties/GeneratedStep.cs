namespace HeresHealthy.Grains.Tests.Properties;

/// <summary>One generated step: which command, on which case, by whom (the right party or a wrong one), and a variant.</summary>
public sealed record GeneratedStep(int Kind, int Case, int Who, int Variant)
{
    public override string ToString() => $"{ProtocolModel.KindName(Kind)}(case {Case}, who {Who}, variant {Variant})";
}
