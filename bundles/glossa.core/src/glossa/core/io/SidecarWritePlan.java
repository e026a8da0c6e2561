package glossa.core.io;

import static glossa.core.io.SidecarDecline.DECLINE;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

import glossa.model.GlossaPackage;

/**
 * How {@link SidecarFastWriter} writes the objects of one class: the class's features in EMF's order, each with its
 * feature ID, its kind (below) and its name as ASCII bytes. Made once per class of the model, reflectively, so a
 * feature added to the model is written like the others.
 */
record SidecarWritePlan(EStructuralFeature[] features, int[] ids, byte[] kinds, byte[][] names) {

    // How a feature is written. Single values are attributes; lists of values and contained objects are elements.
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte BOOLEAN = 3;
    static final byte DOUBLE = 4;
    static final byte DATE = 5;
    static final byte ENUM = 6;
    /** Added to a value kind: a list of values, one element each. */
    static final byte MANY = 16;
    static final byte REFERENCE = 32;
    static final byte CONTAINED = 33;
    static final byte CONTAINED_MANY = 34;

    /** A plan for every class of the model, made once; a class missing here is declined. */
    private static final Map<EClass, SidecarWritePlan> PLANS = plans();

    /** The plan for {@code object}'s class; declines a class this writer does not mirror. */
    static SidecarWritePlan of(EObject object) {
        SidecarWritePlan plan = PLANS.get(object.eClass());
        if (plan == null) {
            throw DECLINE;
        }
        return plan;
    }

    private static Map<EClass, SidecarWritePlan> plans() {
        Map<EClass, SidecarWritePlan> plans = new HashMap<>();
        for (EClassifier classifier : GlossaPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                SidecarWritePlan plan = forClass(eClass);
                if (plan != null) {
                    plans.put(eClass, plan);
                }
            }
        }
        return plans;
    }

    /**
     * The plan for {@code eClass}, or {@code null} for a class with a feature this writer does not mirror (transient,
     * unsettable, derived, a many-valued reference, an unknown data type).
     */
    private static SidecarWritePlan forClass(EClass eClass) {
        List<EStructuralFeature> all = eClass.getEAllStructuralFeatures();
        int size = all.size();
        EStructuralFeature[] features = new EStructuralFeature[size];
        int[] ids = new int[size];
        byte[] kinds = new byte[size];
        byte[][] names = new byte[size][];
        for (int i = 0; i < size; i++) {
            EStructuralFeature feature = all.get(i);
            if (feature.isTransient() || feature.isUnsettable() || feature.isDerived() || feature.isVolatile()) {
                return null;
            }
            byte kind;
            if (feature instanceof EReference reference) {
                if (reference.isContainer() || reference.getEOpposite() != null) {
                    return null;
                }
                kind = reference.isContainment() ? reference.isMany() ? CONTAINED_MANY : CONTAINED
                        : reference.isMany() ? 0 : REFERENCE;
            } else {
                kind = valueKind(((EAttribute) feature).getEAttributeType());
                if (kind != 0 && feature.isMany()) {
                    kind += MANY;
                }
            }
            if (kind == 0) {
                return null;
            }
            features[i] = feature;
            ids[i] = eClass.getFeatureID(feature);
            kinds[i] = kind;
            names[i] = feature.getName().getBytes(StandardCharsets.US_ASCII);
            if (!feature.getName().chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
                return null;
            }
        }
        return new SidecarWritePlan(features, ids, kinds, names);
    }

    private static byte valueKind(EDataType type) {
        if (type instanceof EEnum) {
            return ENUM;
        }
        if (type == EcorePackage.Literals.ESTRING) {
            return STRING;
        }
        if (type == EcorePackage.Literals.EINT) {
            return INT;
        }
        if (type == EcorePackage.Literals.EBOOLEAN) {
            return BOOLEAN;
        }
        if (type == EcorePackage.Literals.EDOUBLE) {
            return DOUBLE;
        }
        if (type == EcorePackage.Literals.EDATE) {
            return DATE;
        }
        return 0;
    }
}
