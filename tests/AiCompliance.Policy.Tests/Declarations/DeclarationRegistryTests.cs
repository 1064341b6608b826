extern alias Sdk;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Tests.Declarations;

/// <summary>
/// Pins the declaration registry to the SDK's public attributes by reflection: the binder, the metadata reader and the
/// analyzers read attributes only through the registry, so an attribute or property it misses would silently be "not
/// declared".
/// </summary>
public sealed class DeclarationRegistryTests
{
    private static readonly Assembly SdkAssembly = typeof(Sdk::AiCompliance.AiModelAttribute).Assembly;

    public static TheoryData<string> SdkAttributes()
    {
        var data = new TheoryData<string>();
        foreach (var type in SdkAttributeTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    public static TheoryData<Type> SdkEnumTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in SdkAssembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Every_public_attribute_of_the_SDK_has_exactly_one_entry_and_every_entry_an_attribute()
    {
        Assert.Equal(
            SdkAttributeTypes().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal),
            DeclarationKinds.All.Select(k => k.AttributeName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(DeclarationKinds.All.Count, DeclarationKinds.All.Select(k => k.AttributeName).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(SdkAttributes))]
    public void The_entry_has_the_attributes_constructor_parameters_in_order(string attributeName)
    {
        var kind = DeclarationKinds.Find(attributeName)!;
        var constructor = Assert.Single(SdkType(attributeName).GetConstructors());
        var parameters = constructor.GetParameters();

        Assert.Equal(parameters.Select(p => char.ToUpperInvariant(p.Name![0]) + p.Name[1..]), kind.ConstructorParameters);
        Assert.Equal(parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute)), kind.HasParamsArray);
        Assert.Equal(AttributeNames.ConstructorProperties(attributeName), kind.ConstructorParameters);
        Assert.Equal(kind.HasParamsArray, AttributeNames.HasParamsArray(attributeName));
    }

    [Theory]
    [MemberData(nameof(SdkAttributes))]
    public void The_entry_has_every_property_of_the_attribute_with_its_shape_and_the_record_holds_each(string attributeName)
    {
        var kind = DeclarationKinds.Find(attributeName)!;
        var sdkProperties = SdkType(attributeName).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(Attribute))
            .ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal);

        Assert.Equal(sdkProperties.Keys.OrderBy(n => n, StringComparer.Ordinal), kind.Properties.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var property in kind.Properties)
        {
            var sdkType = sdkProperties[property.Name];
            Assert.True(Shape(sdkType) == property.Shape, $"{kind.ShortName}.{property.Name} is {sdkType.Name} in the SDK, {property.Shape} in the registry");
            var element = sdkType.IsArray ? sdkType.GetElementType()! : sdkType;
            if (element.IsEnum)
            {
                Assert.Equal(element.Name, property.EnumType?.Name);
                Assert.Equal("AiCompliance.Policy", property.EnumType!.Namespace);
            }
            else
            {
                Assert.Null(property.EnumType);
            }

            Assert.NotNull(kind.RecordType.GetProperty(property.Name));
            Assert.Equal(property.Role != PropertyRole.None, property.Phrase is not null);
        }
    }

    [Theory]
    [MemberData(nameof(SdkAttributes))]
    public void The_entry_has_the_attributes_target_and_repeatability_and_its_record_names_it_back(string attributeName)
    {
        var kind = DeclarationKinds.Find(attributeName)!;
        var usage = SdkType(attributeName).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(usage.ValidOn == AttributeTargets.Assembly ? DeclarationScope.Assembly : DeclarationScope.Model, kind.Scope);
        Assert.Equal(usage.AllowMultiple, kind.Repeatable);
        var record = (Declaration)Activator.CreateInstance(kind.RecordType)!;
        Assert.Equal(attributeName, record.AttributeName);
    }

    [Theory]
    [MemberData(nameof(SdkEnumTypes))]
    public void Every_SDK_enum_has_a_mirror_with_the_same_names_and_values(Type sdk)
    {
        // The policy reads enum values from attribute blobs as integers, so its mirrors must match the SDK exactly.
        var mirror = typeof(DeclarationKinds).Assembly.GetType("AiCompliance.Policy." + sdk.Name);
        Assert.NotNull(mirror);

        static (string, long)[] Members(Type type) =>
            Enum.GetNames(type).Select(n => (n, Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture))).OrderBy(m => m.Item2).ToArray();

        Assert.Equal(Members(sdk), Members(mirror!));
        Assert.Equal(sdk.IsDefined(typeof(FlagsAttribute), false), mirror!.IsDefined(typeof(FlagsAttribute), false));
        Assert.Contains(DeclarationKinds.All.SelectMany(k => k.Properties), p => p.EnumType == mirror);
    }

    [Fact]
    public void Requirements_made_by_one_attribute_name_it_first_in_how_to_declare_them()
    {
        foreach (var kind in DeclarationKinds.All.Where(k => k.RequirementId is not null))
        {
            var requirement = DeclarationCatalog.Get(kind.RequirementId!);
            Assert.StartsWith("[" + kind.ShortName + "]", requirement.HowToDeclare, StringComparison.Ordinal);
        }

        foreach (var requirement in DeclarationCatalog.All)
        {
            foreach (Match mention in Regex.Matches(requirement.HowToDeclare, @"\[(\w+)\]|(\w+)\.\w+"))
            {
                var name = mention.Groups[1].Success ? mention.Groups[1].Value : mention.Groups[2].Value;
                Assert.True(DeclarationKinds.Find(name + "Attribute") is not null, $"{requirement.Id}: {requirement.HowToDeclare} names {name}, which is not an SDK attribute");
            }
        }
    }

    [Fact]
    public void Model_level_and_assembly_level_names_come_from_the_registry_in_its_order()
    {
        Assert.Equal(DeclarationKinds.All.Where(k => k.Scope == DeclarationScope.Model).Select(k => k.AttributeName), AttributeNames.ModelLevel);
        Assert.Equal(DeclarationKinds.All.Where(k => k.Scope == DeclarationScope.Assembly).Select(k => k.AttributeName), AttributeNames.AssemblyLevel);
        Assert.True(AttributeNames.ModelLevel.All(DeclarationBinder.IsModelLevel));
        Assert.False(DeclarationBinder.IsModelLevel(AttributeNames.Dataset));
    }

    // An attribute that cannot be put on a type or the assembly ([PersonalData] on a field) marks code for the
    // analyzers to follow; it declares nothing about a model, so the registry has no entry for it.
    private static IEnumerable<Type> SdkAttributeTypes() =>
        SdkAssembly.GetExportedTypes()
            .Where(t => typeof(Attribute).IsAssignableFrom(t) && !t.IsAbstract && !IsGeneratorWritten(t) && DeclaresSomething(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    // [ObservedInCode] is written by the source generator, hidden from the IDE: what the code shows, not a declaration.
    private static bool IsGeneratorWritten(Type type) =>
        type.GetCustomAttributes(typeof(System.ComponentModel.EditorBrowsableAttribute), false) is [System.ComponentModel.EditorBrowsableAttribute { State: System.ComponentModel.EditorBrowsableState.Never }];

    private static bool DeclaresSomething(Type attribute) =>
        (attribute.GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn & (AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly)) != 0;

    private static Type SdkType(string attributeName) => SdkAssembly.GetType("AiCompliance." + attributeName, throwOnError: true)!;

    private static PropertyShape? Shape(Type type)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            return element == typeof(string) ? PropertyShape.TextList
                : element == typeof(double) ? PropertyShape.NumberList
                : element.IsEnum ? PropertyShape.EnumList
                : null;
        }

        return type == typeof(string) ? PropertyShape.Text
            : type == typeof(double) ? PropertyShape.Number
            : type == typeof(int) ? PropertyShape.WholeNumber
            : type == typeof(bool) ? PropertyShape.Boolean
            : type.IsEnum ? PropertyShape.Enum
            : null;
    }
}
