extern alias Sdk;

using System;
using System.Linq;

namespace AiCompliance.Policy.Tests;

/// <summary>The policy reads enum values from attribute blobs as integers, so its mirrors must match the SDK exactly.</summary>
public sealed class SdkEnumMirrorTests
{
    [Theory]
    [InlineData(typeof(Sdk::AiCompliance.ModelKind), typeof(ModelKind))]
    [InlineData(typeof(Sdk::AiCompliance.RiskLevel), typeof(RiskLevel))]
    [InlineData(typeof(Sdk::AiCompliance.Sector), typeof(Sector))]
    [InlineData(typeof(Sdk::AiCompliance.OversightMode), typeof(OversightMode))]
    [InlineData(typeof(Sdk::AiCompliance.SecurityTest), typeof(SecurityTest))]
    [InlineData(typeof(Sdk::AiCompliance.ProvenanceMethod), typeof(ProvenanceMethod))]
    [InlineData(typeof(Sdk::AiCompliance.PersonalDataKind), typeof(PersonalDataKind))]
    public void The_mirror_has_the_same_names_and_values(Type sdk, Type mirror)
    {
        static (string, long)[] Members(Type type) =>
            Enum.GetNames(type).Select(n => (n, Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture))).OrderBy(m => m.Item2).ToArray();

        Assert.Equal(Members(sdk), Members(mirror));
        Assert.Equal(sdk.IsDefined(typeof(FlagsAttribute), false), mirror.IsDefined(typeof(FlagsAttribute), false));
    }
}
