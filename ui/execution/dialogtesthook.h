// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QDialog>

#include <functional>

namespace Retort::Ui {

/*! Shows \a dialog modally (exec()), or — when a test installed \a hook — shows it non-modally
    and calls the hook instead, which inspects the dialog and clicks its buttons like a user.
    A dialog still visible after the hook is rejected. Returns QDialog::result(). The hooks of
    the run dialogs (PlanReviewDialog, BackupPromptDialog, FailureDialog) use this, after
    MessagePresenter's test hook. GUI thread only. */
template<typename Dialog>
int execOrHook(Dialog &dialog, const std::function<void(Dialog &)> &hook)
{
    if (!hook)
        return dialog.exec();
    dialog.setResult(QDialog::Rejected);
    dialog.show();
    hook(dialog);
    if (dialog.isVisible())
        dialog.reject();
    return dialog.result();
}

} // namespace Retort::Ui
