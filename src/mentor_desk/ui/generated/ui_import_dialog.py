# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHeaderView, QLabel, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(820, 620))
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.fileLabel)

        self.kindForm = QFormLayout()
        self.kindForm.setObjectName(u"kindForm")
        self.kindComboLabel = QLabel(ImportDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ImportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.mainLayout.addLayout(self.kindForm)

        self.splitter = QSplitter(ImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.columnsGroup = QGroupBox(self.splitter)
        self.columnsGroup.setObjectName(u"columnsGroup")
        self.columnsLayout = QVBoxLayout(self.columnsGroup)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsTable = QTableWidget(self.columnsGroup)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.columnsLayout.addWidget(self.columnsTable)

        self.splitter.addWidget(self.columnsGroup)
        self.issuesGroup = QGroupBox(self.splitter)
        self.issuesGroup.setObjectName(u"issuesGroup")
        self.issuesLayout = QVBoxLayout(self.issuesGroup)
        self.issuesLayout.setObjectName(u"issuesLayout")
        self.issuesTable = QTableWidget(self.issuesGroup)
        self.issuesTable.setObjectName(u"issuesTable")
        self.issuesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issuesTable.setAlternatingRowColors(True)
        self.issuesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issuesTable.setWordWrap(True)
        self.issuesTable.horizontalHeader().setStretchLastSection(True)
        self.issuesTable.verticalHeader().setVisible(False)

        self.issuesLayout.addWidget(self.issuesTable)

        self.splitter.addWidget(self.issuesGroup)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.updateCheck = QCheckBox(ImportDialog)
        self.updateCheck.setObjectName(u"updateCheck")

        self.mainLayout.addWidget(self.updateCheck)

        self.errorLabel = QLabel(ImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.columnsTable)
        QWidget.setTabOrder(self.columnsTable, self.issuesTable)
        QWidget.setTabOrder(self.issuesTable, self.updateCheck)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u0417\u0430\u0433\u0440\u0443\u0437\u043a\u0430 \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ImportDialog", u"&\u041a\u0442\u043e \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
        self.columnsGroup.setTitle(QCoreApplication.translate("ImportDialog", u"\u0421\u0442\u043e\u043b\u0431\u0446\u044b \u0444\u0430\u0439\u043b\u0430: \u0447\u0442\u043e \u0432 \u043a\u0430\u0436\u0434\u043e\u043c \u0438\u0437 \u043d\u0438\u0445", None))
        self.issuesGroup.setTitle(QCoreApplication.translate("ImportDialog", u"\u0421\u0442\u0440\u043e\u043a\u0438, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0435 \u0431\u0443\u0434\u0443\u0442 \u0437\u0430\u0433\u0440\u0443\u0436\u0435\u043d\u044b", None))
        self.updateCheck.setText(QCoreApplication.translate("ImportDialog", u"&\u043e\u0431\u043d\u043e\u0432\u043b\u044f\u0442\u044c \u0443\u0436\u0435 \u0438\u043c\u0435\u044e\u0449\u0438\u0445\u0441\u044f (\u0437\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u0438\u0445 \u043f\u043e\u043b\u044f \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u044f\u043c\u0438 \u0438\u0437 \u0444\u0430\u0439\u043b\u0430)", None))
    # retranslateUi

