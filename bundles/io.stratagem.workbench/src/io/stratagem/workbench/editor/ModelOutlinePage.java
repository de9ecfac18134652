/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.stratagem.workbench.services.OutlineNode;

/** The outline: the file's elements as the document symbol service gives them; selecting one shows its name. */
final class ModelOutlinePage extends ContentOutlinePage {

	private final StrategyEditor editor;
	private List<OutlineNode> nodes = List.of();

	ModelOutlinePage(StrategyEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((OutlineNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).name();
			}
		});
		viewer.setAutoExpandLevel(2);
		viewer.setInput(nodes);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.offset(), node.length());
		}
	}

	/** Called in the UI thread with the outline of the reconciled text. */
	void show(List<OutlineNode> reconciled) {
		nodes = reconciled;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(nodes);
		}
	}

	List<OutlineNode> nodes() {
		return nodes;
	}
}
