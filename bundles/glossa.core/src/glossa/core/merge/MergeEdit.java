package glossa.core.merge;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;


import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One change a merge makes to "ours". The same list is applied directly (the command line) or as EMF commands (the
 * workbench, where one undo takes the whole merge back).
 */
sealed interface MergeEdit {

    void apply();

    Command toCommand(EditingDomain domain);

    /** Sets a single-valued feature, or replaces a many-valued attribute's list. */
    record SetFeature(EObject owner, EStructuralFeature feature, Object value) implements MergeEdit {

        @Override
        @SuppressWarnings("unchecked")
        public void apply() {
            if (feature.isMany()) {
                EList<Object> list = (EList<Object>) owner.eGet(feature);
                list.clear();
                list.addAll((Collection<?>) value);
            } else {
                owner.eSet(feature, value);
            }
        }

        @Override
        public Command toCommand(EditingDomain domain) {
            return SetCommand.create(domain, owner, feature, value);
        }
    }

    /** Adds an object to a containment list (at the end). */
    record Add(EObject owner, EStructuralFeature feature, EObject value) implements MergeEdit {

        @Override
        @SuppressWarnings("unchecked")
        public void apply() {
            ((List<Object>) owner.eGet(feature)).add(value);
        }

        @Override
        public Command toCommand(EditingDomain domain) {
            return AddCommand.create(domain, owner, feature, value);
        }
    }

    /**
     * Removes many objects from one list in one pass: removing a thousand annotations one by one from a list of
     * fifty thousand would search the list a thousand times.
     */
    record RemoveAll(EObject owner, EStructuralFeature feature, List<EObject> values) implements MergeEdit {

        @Override
        public void apply() {
            java.util.Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(values);
            ((List<?>) owner.eGet(feature)).removeAll(set);
        }

        @Override
        public Command toCommand(EditingDomain domain) {
            return RemoveCommand.create(domain, owner, feature, values);
        }
    }

    /** Removes an object from the containment list it is in now. */
    record Remove(EObject owner, EStructuralFeature feature, EObject value) implements MergeEdit {

        @Override
        public void apply() {
            ((List<?>) owner.eGet(feature)).remove(value);
        }

        @Override
        public Command toCommand(EditingDomain domain) {
            return RemoveCommand.create(domain, owner, feature, value);
        }
    }
}
