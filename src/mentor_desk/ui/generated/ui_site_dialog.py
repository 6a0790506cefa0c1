# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SiteDialog(object):
    def setupUi(self, SiteDialog):
        if not SiteDialog.objectName():
            SiteDialog.setObjectName(u"SiteDialog")
        SiteDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(SiteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SiteDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.folderEditLabel = QLabel(SiteDialog)
        self.folderEditLabel.setObjectName(u"folderEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderEditLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(SiteDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(SiteDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.mainForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.mainLayout.addLayout(self.mainForm)

        self.summaryLabel = QLabel(SiteDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(SiteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SiteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.folderEditLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SiteDialog)

        QMetaObject.connectSlotsByName(SiteDialog)
    # setupUi

    def retranslateUi(self, SiteDialog):
        SiteDialog.setWindowTitle(QCoreApplication.translate("SiteDialog", u"\u0420\u0430\u0437\u0434\u0435\u043b \u0441\u0430\u0439\u0442\u0430 \u00ab\u041d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u043e\u00bb", None))
        self.introLabel.setText(QCoreApplication.translate("SiteDialog", u"\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0437\u0430\u043f\u0438\u0448\u0435\u0442 \u043f\u0430\u043f\u043a\u0443 \u0434\u043b\u044f \u0441\u0430\u0439\u0442\u0430 \u0448\u043a\u043e\u043b\u044b: \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0443 index.html (\u043e \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0435, \u0444\u043e\u0440\u043c\u044b, \u043f\u043e\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u0438 \u0443\u0447\u0435\u0431\u043d\u043e\u0433\u043e \u0433\u043e\u0434\u0430, \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u044b \u043a\u0443\u0440\u0430\u0442\u043e\u0440\u0430), \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b \u0432 PDF (\u041f\u043e\u043b\u043e\u0436\u0435\u043d\u0438\u0435, \u043f\u0440\u0438\u043a\u0430\u0437\u044b, \u0434\u043e\u0440\u043e\u0436\u043d\u0430\u044f \u043a\u0430\u0440\u0442\u0430 \u0432\u043d\u0435\u0434\u0440\u0435\u043d\u0438\u044f, \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b) \u0438 \u0431\u0430\u0437\u0443 \u043d\u0430\u0441\u0442\u0430\u0432"
                        "\u043d\u0438\u043a\u043e\u0432. \u041f\u0443\u0431\u043b\u0438\u043a\u0443\u044e\u0442\u0441\u044f \u0442\u043e\u043b\u044c\u043a\u043e \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0438 \u0441 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435\u043c \u043d\u0430 \u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u044e \u0438 \u0442\u043e\u043b\u044c\u043a\u043e \u0440\u0430\u0437\u0440\u0435\u0448\u0451\u043d\u043d\u044b\u0435 \u0438\u043c\u0438 \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044f; \u043e\u0431\u0443\u0447\u0430\u044e\u0449\u0438\u0435\u0441\u044f \u2014 \u043f\u043e \u0438\u043c\u0435\u043d\u0438 \u0438 \u043f\u0435\u0440\u0432\u043e\u0439 \u0431\u0443\u043a\u0432\u0435 \u0444\u0430\u043c\u0438\u043b\u0438\u0438. \u041f\u0430\u043f\u043a\u0443 \u043c\u043e\u0436\u043d\u043e \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u043d\u0430 \u0441\u0430\u0439\u0442 \u0438\u043b\u0438 \u0441\u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0432 \u043a\u043e\u043d\u0441\u0442\u0440"
                        "\u0443\u043a\u0442\u043e\u0440 \u0441\u0430\u0439\u0442\u0430; \u043f\u043e\u0432\u0442\u043e\u0440\u043d\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c \u0437\u0430\u043c\u0435\u043d\u044f\u0435\u0442 \u0435\u0451 \u0446\u0435\u043b\u0438\u043a\u043e\u043c.", None))
        self.folderEditLabel.setText(QCoreApplication.translate("SiteDialog", u"&\u041f\u0430\u043f\u043a\u0430 \u0440\u0430\u0437\u0434\u0435\u043b\u0430", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b\\\u0421\u0430\u0439\u0442\\nastavnichestvo", None))
        self.browseButton.setText(QCoreApplication.translate("SiteDialog", u"&\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SiteDialog", u"color: #b00020;", None))
    # retranslateUi

